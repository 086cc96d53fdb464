using System.Net;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>A Web Chat conversation over the embedded Direct Line channel, polling over real HTTP: the token, the
/// bot greeting first, the echo Web Chat waits for, the bot's reply through the embedded connector, reconnecting,
/// and what the connector does with the bot's updates, deletes and proactive sends.</summary>
public sealed class DirectLineConversationTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Generate_AnonymousWithoutBody_GivesAConversationAndAJwtNamingADlUser()
    {
        using var client = new DirectLineClient(_host);
        var generated = await client.GenerateAsync();

        Assert.Matches("^[A-Za-z0-9]{24}$", (string)generated["conversationId"]!);
        Assert.Equal(1800, (int)generated["expires_in"]!);
        Assert.Null(generated["streamUrl"]);
        var token = (string)generated["token"]!;
        Assert.Equal(3, token.Split('.').Length);
        Assert.StartsWith("dl_", DirectLineClient.UserOf(token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WithADlUser_PutsItInTheToken_AndTheBotSeesIt()
    {
        using var client = new DirectLineClient(_host);
        var generated = await client.GenerateAsync("""{"user":{"id":"dl_abc123XYZ","name":"Marta"}}""");
        Assert.Equal("dl_abc123XYZ", DirectLineClient.UserOf((string)generated["token"]!));

        await client.StartAsync();
        var greeting = await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a), "greeting");

        Assert.Equal("dl_abc123XYZ", (string?)greeting["recipient"]?["id"]);
        Assert.Equal("supportbot", (string?)greeting["from"]?["id"]);
    }

    [Theory]
    [InlineData(null, Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task Start_TheBotGreetsFirst_InTheLocaleGivenAtGenerate(string? locale, Language language)
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync(locale is null ? null : $$"""{"locale":"{{locale}}"}""");

        var greeting = await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a), "greeting");

        Assert.StartsWith(Texts.For(language).Welcome("SupportBot"), (string?)greeting["text"], StringComparison.Ordinal);
        Assert.Equal("webchat", (string?)greeting["channelId"]);
        Assert.Equal(client.ConversationId, (string?)greeting["conversation"]?["id"]);
        Assert.Null(greeting["serviceUrl"]);
        Assert.Null(greeting["replyToId"]);
        Assert.True(DateTimeOffset.TryParse((string?)greeting["timestamp"], out var stamp));
        Assert.True(Math.Abs((DateTimeOffset.UtcNow - stamp).TotalMinutes) < 5);
        Assert.NotEmpty(greeting["suggestedActions"]!["actions"]!);
    }

    [Fact]
    public async Task Start_Twice_GreetsOnce()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a), "greeting");

        var again = await client.StartAsync(HttpStatusCode.OK);
        await Task.Delay(500);
        await client.PollAsync();

        Assert.Equal(client.ConversationId, (string)again["conversationId"]!);
        Assert.Single(client.BotTexts());
    }

    [Fact]
    public async Task Post_IsEchoedWithItsClientActivityId_ThenTheBotReplies_WithGrowingWatermarks()
    {
        var t = Texts.Spanish;
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a), "greeting");
        var afterGreeting = long.Parse(client.Watermark!, System.Globalization.CultureInfo.InvariantCulture);

        var (clientActivityId, id) = await client.SayAsync(t.MenuSurvey);

        var echo = await client.PollUntilAsync(a => (string?)a["channelData"]?["clientActivityID"] == clientActivityId, "echo");
        var reply = await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a, t.SurveyAskCsat), "survey question");
        Assert.Equal(id, (string?)echo["id"]);
        Assert.StartsWith(client.ConversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal(client.UserId, (string?)echo["from"]?["id"]);
        Assert.Equal("user", (string?)echo["from"]?["role"]);
        Assert.Equal(t.MenuSurvey, (string?)echo["text"]);
        Assert.NotNull(echo["timestamp"]);
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.True(long.Parse(client.Watermark!, System.Globalization.CultureInfo.InvariantCulture) > afterGreeting);
        Assert.True(client.Received.IndexOf(echo) < client.Received.IndexOf(reply));

        // Reading again from the last watermark gives nothing new.
        Assert.Empty(await client.PollAsync());
    }

    [Fact]
    public async Task TheUserIdComesFromTheToken_NotFromTheActivity()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        var activity = new JObject
        {
            ["type"] = "message",
            ["text"] = "hola",
            ["from"] = new JObject { ["id"] = "dl_someoneElse", ["role"] = "bot" },
            ["deliveryMode"] = "expectReplies",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["channelData"] = new JObject { ["clientActivityID"] = "x1" },
        };

        await client.PostAsync(activity);
        var echo = await client.PollUntilAsync(a => (string?)a["channelData"]?["clientActivityID"] == "x1", "echo");

        Assert.Equal(client.UserId, (string?)echo["from"]?["id"]);
        Assert.Equal("user", (string?)echo["from"]?["role"]);
        Assert.Null(echo["deliveryMode"]);
        Assert.Null(echo["serviceUrl"]);
        await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a) && client.Received.IndexOf(a) > client.Received.IndexOf(echo), "reply to the message");
    }

    [Fact]
    public async Task Reconnect_GivesAFreshTokenAndAStreamUrlFromTheWatermark()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a), "greeting");

        using var response = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}?watermark={client.Watermark}");
        var resumed = await DirectLineClient.JsonAsync(response);

        Assert.Equal(client.ConversationId, (string)resumed["conversationId"]!);
        Assert.NotEqual(client.Token, (string)resumed["token"]!);
        var streamUrl = new Uri((string)resumed["streamUrl"]!);
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal($"/v3/directline/conversations/{client.ConversationId}/stream", streamUrl.AbsolutePath);
        Assert.Contains($"watermark={client.Watermark}&t=", streamUrl.Query, StringComparison.Ordinal);

        client.Token = (string)resumed["token"]!;
        await client.SayAsync("hola");
        await client.PollUntilAsync(a => (string?)a["text"] == "hola", "echo with the fresh token");
    }

    [Fact]
    public async Task Refresh_GivesANewTokenForTheSameConversationAndUser()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "tokens/refresh");
        var refreshed = await DirectLineClient.JsonAsync(response);

        Assert.Equal(client.ConversationId, (string)refreshed["conversationId"]!);
        Assert.Equal(client.UserId, DirectLineClient.UserOf((string)refreshed["token"]!));
        Assert.NotEqual(client.Token, (string)refreshed["token"]!);
        client.Token = (string)refreshed["token"]!;
        await client.PollAsync();
    }

    [Fact]
    public async Task Events_ReachTheBotAsEvents_AndAreLoggedButNotRendered()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        var id = await client.PostAsync(new JObject
        {
            ["type"] = "event",
            ["name"] = "webchat/join",
            ["locale"] = "en-US",
            ["value"] = new JObject { ["locale"] = "en-US", ["orderId"] = "10234" },
        });

        var echo = await client.PollUntilAsync(a => (string?)a["id"] == id, "event echo");
        Assert.Equal("event", (string?)echo["type"]);
        Assert.Equal("webchat/join", (string?)echo["name"]);
        Assert.Equal("10234", (string?)echo["value"]?["orderId"]);
        Assert.Equal("en-US", (string?)echo["locale"]);
    }

    [Fact]
    public async Task Connector_SendUpdateDeleteAndMembers_AreWhatTheSdkExpects()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a), "greeting");
        var channel = _host.Services.GetRequiredService<EmbeddedChannel>();
        using var connector = await channel.CreateAsync(EmbeddedConnector.ServiceUrl.ToString(), "audience", CancellationToken.None);
        var conversationId = client.ConversationId!;

        var sent = await connector.Conversations.SendToConversationAsync(conversationId, new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Proactive hello",
            ReplyToId = Guid.NewGuid().ToString(),
            From = new ChannelAccount("supportbot", "SupportBot"),
            Recipient = new ChannelAccount(client.UserId),
            Conversation = new ConversationAccount(id: conversationId),
        });
        var proactive = await client.PollUntilAsync(a => (string?)a["id"] == sent.Id, "proactive message");
        Assert.Null(proactive["replyToId"]);
        Assert.Equal("bot", (string?)proactive["from"]?["role"]);

        var updated = await connector.Conversations.UpdateActivityAsync(conversationId, sent.Id, new Activity
        {
            Type = ActivityTypes.Message,
            Id = sent.Id,
            Text = "Proactive hello (edited)",
            Conversation = new ConversationAccount(id: conversationId),
        });
        Assert.Equal(sent.Id, updated.Id);
        var edited = await client.PollUntilAsync(a => (string?)a["text"] == "Proactive hello (edited)", "update");
        Assert.Equal(sent.Id, (string?)edited["id"]);
        Assert.Equal((string?)proactive["timestamp"], (string?)edited["timestamp"]);

        await connector.Conversations.DeleteActivityAsync(conversationId, sent.Id);
        using (var fresh = new DirectLineClient(_host) { Token = client.Token, ConversationId = conversationId })
        {
            await fresh.PollAsync();
            Assert.DoesNotContain(fresh.Received, a => (string?)a["id"] == sent.Id);
            Assert.NotEmpty(fresh.Received);
        }

        var members = await connector.Conversations.GetConversationMembersAsync(conversationId);
        Assert.Equal(["supportbot", client.UserId], members.Select(m => m.Id));

        var unknown = await Assert.ThrowsAsync<ErrorResponseException>(() => connector.Conversations.UpdateActivityAsync(
            conversationId, conversationId + "|9999999", new Activity { Type = ActivityTypes.Message, Id = conversationId + "|9999999", Text = "x" }));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Response.StatusCode);
        var noConversation = await Assert.ThrowsAsync<ErrorResponseException>(() => connector.Conversations.SendToConversationAsync(
            "nope", new Activity { Type = ActivityTypes.Message, Text = "x" }));
        Assert.Equal(HttpStatusCode.NotFound, noConversation.Response.StatusCode);
    }
}
