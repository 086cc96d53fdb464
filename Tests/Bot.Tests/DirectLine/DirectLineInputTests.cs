using System.Net;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>Malformed requests get a 4xx problem, never a 500; uploads are refused clearly.</summary>
public sealed class DirectLineInputTests : IAsyncLifetime
{
    private const string Secret = "input-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(new Dictionary<string, string?>
    {
        ["DirectLine:Secret"] = Secret,
        ["DirectLine:MaxActivityBytes"] = "4096",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("{", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    [InlineData("\"text\"", HttpStatusCode.BadRequest)]
    [InlineData("null", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":"no type"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","text":{"nested":true}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","timestamp":"not a date"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","from":"me"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"invoke","name":"x"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"conversationUpdate","membersAdded":[{"id":"x"}]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"event"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","attachments":[{"contentType":"image/png","contentUrl":"http://x/y.png"}]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","value":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""", HttpStatusCode.BadRequest)]
    public async Task MalformedActivities_Are4xxProblems(string body, HttpStatusCode expected)
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", body);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HugeAndNonJsonBodies_Are413And415()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        var path = $"conversations/{client.ConversationId}/activities";

        using var huge = await client.SendAsync(HttpMethod.Post, path, $$"""{"type":"message","text":"{{new string('a', 100_000)}}"}""");
        using var plain = await client.SendAsync(HttpMethod.Post, path, "hola", contentType: "text/plain");
        using var hugeGenerate = await client.SendAsync(HttpMethod.Post, "tokens/generate", new string(' ', 10_000), bearer: Secret);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, hugeGenerate.StatusCode);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1]")]
    [InlineData("""{"user":"dl_x"}""")]
    [InlineData("""{"user":{"id":5}}""")]
    [InlineData("""{"user":{"id":"dl_ with spaces"}}""")]
    [InlineData("""{"user":{"id":"dl_"}}""")]
    [InlineData("""{"locale":"not a locale!"}""")]
    [InlineData("""{"locale":12}""")]
    public async Task MalformedTokenRequests_Are400(string body)
    {
        using var client = new DirectLineClient(_host);

        using var response = await client.SendAsync(HttpMethod.Post, "tokens/generate", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("conversations/doesNotExist/activities")]
    [InlineData("conversations/doesNotExist")]
    [InlineData("conversations/has%20space/activities")]
    [InlineData("conversations/a%7Cb/activities")]
    public async Task UnknownConversations_Are404ForTheSecret(string path)
    {
        using var client = new DirectLineClient(_host);

        using var response = await client.SendAsync(HttpMethod.Get, path, bearer: Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999999")]
    public async Task BadWatermarks_Are400(string watermark)
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities?watermark={Uri.EscapeDataString(watermark)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Upload_IsRefusedClearly()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("""{"type":"message"}""", System.Text.Encoding.UTF8, "application/vnd.microsoft.activity"), "activity" },
            { new ByteArrayContent(new byte[200_000]), "file", "photo.png" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.BaseAddress, $"/v3/directline/conversations/{client.ConversationId}/upload?userId={client.UserId}")) { Content = form };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client.Token);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Attachments are not supported", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownActivityFields_AreIgnored_AndTheConversationGoesOn()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();

        var id = await client.PostAsync(Newtonsoft.Json.Linq.JObject.Parse("""{"type":"message","text":"hola","madeUp":{"x":[1,2]},"replyToId":"not-in-the-log"}"""));
        var echo = await client.PollUntilAsync(a => (string?)a["id"] == id, "echo");

        Assert.Null(echo["replyToId"]);
    }
}
