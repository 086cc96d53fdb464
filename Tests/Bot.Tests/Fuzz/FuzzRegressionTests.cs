using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Agents;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Fuzz;

/// <summary>One test per bug the hostile-input run found, so that each stays fixed whatever the fuzzer's seed.</summary>
public sealed class FuzzRegressionTests : IAsyncLifetime
{
    private const string AgentToken = "regress-agent-token-0123456789ab";
    private readonly FakeLogCollector _logs = new();
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(
        new Dictionary<string, string?>
        {
            ["Agents:Accounts:0:Id"] = "ana",
            ["Agents:Accounts:0:DisplayName"] = "Ana",
            ["Agents:Accounts:0:Token"] = AgentToken,
        },
        services => services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(_logs))));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("""{"type":"invoke","name":"composeExtension/query"}""", "value")]
    [InlineData("""{"type":"invoke","name":"task/fetch","value":null}""", "value")]
    [InlineData("""{"type":"conversationUpdate","membersAdded":[null]}""", "membersAdded")]
    [InlineData("""{"type":"conversationUpdate","membersRemoved":[{"name":"x"}]}""", "membersAdded")]
    [InlineData("""{"type":"message","text":"hola","serviceUrl":"http://ñandú.example/"}""", "serviceUrl")]
    [InlineData("""{"type":"message","text":"hola","serviceUrl":"http://user:pw@127.0.0.1:9/"}""", "serviceUrl")]
    [InlineData("""{"type":"message","text":"hola","conversation":{"id":"conversación"}}""", "conversation.id")]
    [InlineData("""{"type":"message","text":"hola","conversation":{"id":"a\u0001b"}}""", "conversation.id")]
    public async Task ActivitiesTheSdkWouldTripOn_Are400_BeforeAnyTurn(string overrides, string named)
    {
        using var response = await PostAsync(overrides);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, body, StringComparison.Ordinal);
        AssertNoTurnFailed();
    }

    [Fact]
    public async Task AnInvokeNobodyHandles_Is400_NotA501()
    {
        using var response = await PostAsync("""{"type":"invoke","name":"nobody/handles-this","value":{}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("""{"type":"message","text":"hola","semanticAction":[1,2],"conversation":[],"from":"x"}""")]
    [InlineData("""{"type":"message","text":"hola","timestamp":{"a":1}}""")]
    [InlineData("""{"type":"message","text":"hola","membersAdded":"everyone"}""")]
    public async Task FieldsOfTheWrongKind_Are400(string overrides)
    {
        using var response = await PostAsync(overrides);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("es-ES", "\\ud800hola")]
    [InlineData("en-US", "help \\udc00 me\\ufffe")]
    public async Task LoneSurrogatesAndNonCharacters_AreReadAsText_NotAFailedTurn(string locale, string escapedText)
    {
        using var response = await PostAsync($$"""{"type":"message","locale":"{{locale}}","text":"{{escapedText}}","deliveryMode":"expectReplies"}""");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.NotEmpty(JObject.Parse(body)["activities"]!);
        AssertNoTurnFailed();
    }

    [Theory]
    [InlineData("\ud800hola")]
    [InlineData("x\udc00y\ufffe")]
    public void TheNormalizer_TakesAnyString(string text)
        => Assert.Equal(TextNormalizer.Normalize(text.Replace('\ud800', '\ufffd').Replace('\udc00', '\ufffd').Replace('\ufffe', '\ufffd')), TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"team":"not an object"}""")]
    public async Task TeamsChannelDataOfTheWrongShape_IsNoTeam_NotAFailedTurn(string channelData)
    {
        using var response = await PostAsync($$"""{"type":"message","channelId":"msteams","text":"hola","channelData":{{channelData}},"deliveryMode":"expectReplies"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoTurnFailed();
    }

    // Seed 1824149482: the SDK's Teams conversationUpdate handler cast a numeric channelData and failed the turn.
    [Theory]
    [InlineData("5")]
    [InlineData("\"text\"")]
    [InlineData("""{"team":"not an object","eventType":"teamRenamed"}""")]
    [InlineData("""{"tenant":[1]}""")]
    public async Task ATeamsConversationUpdateWithUnreadableChannelData_IsNotAFailedTurn(string channelData)
    {
        using var response = await PostAsync($$"""{"type":"conversationUpdate","channelId":"msteams","membersAdded":[{"id":"29:new"}],"recipient":{"id":"28:bot"},"conversation":{"id":"a:1"},"channelData":{{channelData}},"deliveryMode":"expectReplies"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoTurnFailed();
    }

    [Fact]
    public async Task ADirectLinePostWithALoneSurrogate_IsAnsweredNormally()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();

        await client.PostAsync(JObject.Parse("""{"type":"message","locale":"es-ES","text":"\ud800ayuda","from":{"id":"x"}}"""));
        await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a) && client.Received.Count(r => DirectLineClient.IsBotMessage(r)) >= 2, "an answer");

        AssertNoTurnFailed();
    }

    [Fact]
    public async Task AConflict_KeepsTheProblemsNumericStatus_AndNamesTheCaseStatusApart()
    {
        var escalation = await QueuedDirectly.CreateAsync(_host, EscalationPriority.High, Language.Spanish, EscalationReason.LowCsat);
        using var client = new HttpClient { BaseAddress = _host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AgentToken);
        using (await client.PostAsync(new Uri($"/api/agent/escalations/{escalation.Id}/claim", UriKind.Relative), null))
        {
        }

        using var again = await client.PostAsync(new Uri($"/api/agent/escalations/{escalation.Id}/claim", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = JObject.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(409, (int)problem["status"]!);
        Assert.Equal("Claimed", (string?)problem["escalationStatus"]);
        Assert.Equal("ana", (string?)problem["claimedBy"]);
    }

    private async Task<HttpResponseMessage> PostAsync(string overrides)
    {
        var activity = JObject.FromObject(new Customer(_host, "es-ES").Message("hola"));
        activity.Merge(JObject.Parse(overrides), new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Replace, MergeNullValueHandling = MergeNullValueHandling.Merge });
        return await _host.PostRawAsync(activity.ToString());
    }

    private void AssertNoTurnFailed()
        => Assert.DoesNotContain(_logs.GetSnapshot(), r => r.Level >= LogLevel.Error);
}
