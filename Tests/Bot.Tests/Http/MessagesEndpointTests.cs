using System.Net;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Http;

/// <summary>The Bot Framework endpoint over real HTTP with authentication off (no MicrosoftAppId).</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("es-ES", "hola", Language.Spanish)]
    [InlineData("en-US", "hola", Language.English)]
    [InlineData("en-GB", "hello", Language.English)]
    [InlineData(null, "hello there, how are you?", Language.English)]
    [InlineData(null, "buenas tardes, ¿qué tal?", Language.Spanish)]
    [InlineData(null, "👋", Language.Spanish)]
    public async Task Greeting_InTheCustomersLanguage_WithTheThreeOptions(string? locale, string text, Language expected)
    {
        var texts = Texts.For(expected);
        var replies = await new Customer(_host, locale).SayAsync(text);

        var greeting = Assert.Single(replies);
        Assert.StartsWith(texts.Welcome("SupportBot"), greeting.Text, StringComparison.Ordinal);
        Assert.Equal(
            [texts.MenuSurvey, texts.MenuQuestion, texts.MenuPerson],
            greeting.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("es-ES", "ayuda", Language.Spanish)]
    [InlineData("en-US", "help", Language.English)]
    public async Task Help_MidPrompt_ExplainsAndRepeatsTheQuestion(string locale, string help, Language language)
    {
        var texts = Texts.For(language);
        var customer = new Customer(_host, locale);
        await customer.SayAsync("hola");
        Assert.Equal([texts.SurveyIntro, texts.SurveyAskCsat], await customer.TextsAsync(texts.MenuSurvey));

        Assert.Equal([texts.Help, texts.HelpResume, texts.SurveyAskCsat], await customer.TextsAsync(help));
        Assert.Equal([texts.SurveyAskNps], await customer.TextsAsync("4"));
    }

    [Theory]
    [InlineData("es-ES", "cancelar", Language.Spanish)]
    [InlineData("en-US", "cancel", Language.English)]
    public async Task Cancel_MidPrompt_DropsTheTaskAndOffersTheMenu(string locale, string cancel, Language language)
    {
        var texts = Texts.For(language);
        var customer = new Customer(_host, locale);
        await customer.SayAsync("hola");
        await customer.SayAsync(texts.MenuSurvey);

        var replies = await customer.SayAsync(cancel);
        Assert.Equal([texts.Cancelled, texts.MenuPrompt], replies.Select(r => r.Text));
        Assert.Equal(3, replies[^1].SuggestedActions.Actions.Count);

        // The rating prompt is gone: "4" is now free text for the menu, not an answer.
        Assert.Equal([texts.MenuNotUnderstood], await customer.TextsAsync("4"));
    }

    [Fact]
    public async Task MalformedJson_Is400()
    {
        using var response = await _host.PostRawAsync("{\"type\": \"message\", \"text\": ");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a valid activity", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ", "the JSON ends before it is complete")]
    [InlineData("{\"type\": \"message\",, }", "malformed JSON at line 1")]
    [InlineData("{\"type\": \"message\", \"from\": 42}", "a field has a value of the wrong kind at line 1")]
    [InlineData("{\"type\":\"message\",\"channelData\":" + "{\"a\":" + "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}", "nested too deeply")]
    public async Task BadJson_Is400_SayingWhereInPlainWords_WithoutTheSerializersInternals(string body, string expected)
    {
        using var response = await _host.PostRawAsync(body);
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("a.a.a", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("42")]
    public async Task BodyThatIsNotAnActivity_Is400(string body)
    {
        using var response = await _host.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheSizeLimit_Is413()
    {
        var activity = new Customer(_host, "es-ES").Message(new string('a', 300 * 1024));
        using var response = await _host.PostRawAsync(JsonConvert.SerializeObject(activity));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task BodyWithoutALength_IsReadWhole()
    {
        var activity = new Customer(_host, "es-ES").Message("hola");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await PostChunkedAsync(JsonConvert.SerializeObject(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.RequestMessage?.Content?.Headers.ContentLength);
        Assert.Contains(Texts.For(Language.Spanish).Welcome("SupportBot"), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyWithoutALength_OverTheSizeLimit_Is413()
    {
        var activity = new Customer(_host, "es-ES").Message(new string('a', 300 * 1024));
        using var response = await PostChunkedAsync(JsonConvert.SerializeObject(activity));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostChunkedAsync(string json)
    {
        var content = new ChunkedContent(System.Text.Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return _host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    [Fact]
    public async Task DeeplyNestedJson_Is400()
    {
        var activity = new Customer(_host, "es-ES").Message("hola");
        var json = JsonConvert.SerializeObject(activity);
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);
        json = json.Insert(json.Length - 1, ",\"channelData\":" + nested);
        using var response = await _host.PostRawAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("conversation", "conversation.id")]
    [InlineData("from", "from.id")]
    [InlineData("recipient", "recipient.id")]
    [InlineData("serviceUrl", "serviceUrl")]
    [InlineData("type", "type")]
    [InlineData("channelId", "channelId")]
    public async Task ActivityMissingARequiredField_Is400WithTheReason(string field, string reason)
    {
        var activity = Newtonsoft.Json.Linq.JObject.FromObject(
            new Customer(_host, "es-ES").Message("hola"),
            JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));
        activity.Remove(field);
        using var response = await _host.PostRawAsync(activity.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonJsonContentType_Is415()
    {
        using var response = await _host.PostRawAsync("hola", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task WrongTypesInsideTheActivity_Is400()
    {
        using var response = await _host.PostRawAsync(
            "{\"type\":\"message\",\"channelId\":\"webchat\",\"conversation\":\"not-an-object\",\"from\":{\"id\":\"u\"}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ConversationUpdate_WithTheCustomerJoining_GreetsFirst()
    {
        var customer = new Customer(_host, "en-US");
        var join = customer.Message(string.Empty);
        join.Type = ActivityTypes.ConversationUpdate;
        join.Text = null;
        join.MembersAdded = [new ChannelAccount("supportbot"), new ChannelAccount(customer.UserId)];

        var replies = await _host.SendAsync(join);
        Assert.StartsWith(Texts.English.Welcome("SupportBot"), Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    /// <summary>A body sent in chunks with no Content-Length, as a streaming client sends it.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += 4096)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(4096, bytes.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
