using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>Who may do what on the embedded channel: tokens are signed and scoped to one conversation, expire,
/// cannot be forged; the secret works server to server; anonymous generation can be turned off; token and post
/// routes are rate limited per client address.</summary>
public sealed class DirectLineSecurityTests
{
    private const string Secret = "test-secret-0123456789abcdefghijklmnopqrstuvwxyz";

    [Fact]
    public async Task ATokenForOneConversation_CannotReadPostReconnectOrRefreshIntoAnother()
    {
        await using var host = await BotHost.StartAsync();
        using var a = new DirectLineClient(host);
        using var b = new DirectLineClient(host);
        await a.ConnectAsync();
        await b.ConnectAsync();
        var other = b.ConversationId;

        foreach (var (method, path, body) in new (HttpMethod, string, string?)[]
        {
            (HttpMethod.Get, $"conversations/{other}/activities", null),
            (HttpMethod.Post, $"conversations/{other}/activities", """{"type":"message","text":"hola"}"""),
            (HttpMethod.Get, $"conversations/{other}?watermark=1", null),
            (HttpMethod.Post, $"conversations/{other}/upload", "x"),
        })
        {
            using var response = await a.SendAsync(method, path, body);
            Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{method} {path}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        await b.PollAsync();
        Assert.DoesNotContain(b.Received, x => (string?)x["text"] == "hola");
    }

    [Fact]
    public async Task ForgedTamperedOrForeignTokens_Are403_AndNoTokenIs401()
    {
        await using var host = await BotHost.StartAsync();
        await using var otherHost = await BotHost.StartAsync();
        using var client = new DirectLineClient(host);
        using var foreign = new DirectLineClient(otherHost);
        await client.ConnectAsync();
        await foreign.ConnectAsync();
        var parts = client.Token!.Split('.');
        var payload = JObject.Parse(Encoding.UTF8.GetString(FromBase64Url(parts[1])));
        payload["user"] = "dl_somebodyElse";
        var tampered = $"{parts[0]}.{ToBase64Url(Encoding.UTF8.GetBytes(payload.ToString()))}.{parts[2]}";
        var unsigned = $"{ToBase64Url("""{"alg":"none","typ":"JWT"}"""u8.ToArray())}.{parts[1]}.";
        var path = $"conversations/{client.ConversationId}/activities";

        foreach (var bad in new[] { tampered, unsigned, "garbage", "a.b.c", foreign.Token! })
        {
            using var response = await client.SendAsync(HttpMethod.Get, path, bearer: bad);
            Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{bad}: {(int)response.StatusCode}");
        }

        client.Token = null;
        using var anonymous = await client.SendAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task ExpiredTokensAndStreamUrls_Are403_WhileFreshOnesWork()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await BotHost.StartAsync(configureServices: services => services.AddSingleton<TimeProvider>(clock));
        using var client = new DirectLineClient(host);
        await client.ConnectAsync();
        await client.PollAsync();
        var streamUrl = client.StreamUrl!;
        using var http = new HttpClient();

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(streamUrl.Replace("ws://", "http://", StringComparison.Ordinal))).StatusCode);
        using (var refreshed = await client.SendAsync(HttpMethod.Post, "tokens/refresh"))
        {
            client.Token = (string)(await DirectLineClient.JsonAsync(refreshed))["token"]!;
        }

        var stale = client.Token;
        clock.Advance(TimeSpan.FromMinutes(20));
        await client.PollAsync();

        clock.Advance(TimeSpan.FromMinutes(11));
        using var expired = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities", bearer: stale);
        using var expiredRefresh = await client.SendAsync(HttpMethod.Post, "tokens/refresh", bearer: stale);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expiredRefresh.StatusCode);
    }

    [Fact]
    public async Task TheSecret_GeneratesTokensForAnyUser_AndStartsConversations_WhenAnonymousIsOff()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:AllowAnonymous"] = "false",
        });
        using var client = new DirectLineClient(host);

        using (var anonymous = await client.SendAsync(HttpMethod.Post, "tokens/generate", string.Empty))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var wrong = await client.SendAsync(HttpMethod.Post, "tokens/generate", string.Empty, bearer: Secret + "x"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        }

        var generated = await client.GenerateAsync("""{"user":{"id":"shop-customer-42","name":"Marta"}}""", secret: Secret);
        Assert.Equal("shop-customer-42", DirectLineClient.UserOf((string)generated["token"]!));
        using (var tokenCannotGenerate = await client.SendAsync(HttpMethod.Post, "tokens/generate", string.Empty))
        {
            Assert.Equal(HttpStatusCode.Forbidden, tokenCannotGenerate.StatusCode);
        }

        await client.StartAsync();
        await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a), "greeting");

        // The secret itself opens a new conversation, like Azure's.
        using var created = await client.SendAsync(HttpMethod.Post, "conversations", """{"user":{"id":"shop-customer-43"}}""", bearer: Secret);
        var conversation = await DirectLineClient.JsonAsync(created, HttpStatusCode.Created);
        Assert.NotEqual(client.ConversationId, (string)conversation["conversationId"]!);
        Assert.Equal("shop-customer-43", DirectLineClient.UserOf((string)conversation["token"]!));
    }

    [Fact]
    public async Task AnonymousCallers_MayOnlyNameDlUsers()
    {
        await using var host = await BotHost.StartAsync();
        using var client = new DirectLineClient(host);

        using var response = await client.SendAsync(HttpMethod.Post, "tokens/generate", """{"user":{"id":"shop-customer-42"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dl_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenGeneration_IsRateLimitedPerClientAddress()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerMinute"] = "3" });
        using var client = new DirectLineClient(host);
        for (var i = 0; i < 3; i++)
        {
            await client.GenerateAsync();
        }

        using var limited = await client.SendAsync(HttpMethod.Post, "tokens/generate", string.Empty, bearer: null);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Contains("Too many requests", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_IsRateLimitedPerClientAddress()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:PostsPerMinute"] = "4" });
        using var client = new DirectLineClient(host);
        await client.ConnectAsync();
        for (var i = 0; i < 3; i++)
        {
            await client.SayAsync("hola " + i);
        }

        using var limited = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", """{"type":"message","text":"one too many"}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        await client.PollAsync();
        Assert.DoesNotContain(client.Received, a => (string?)a["text"] == "one too many");
    }

    [Fact]
    public async Task DirectLineTokens_AreNotAgentLogins_NorLoggedAsFailedOnes()
    {
        var logs = new FakeLogCollector();
        await using var host = await BotHost.StartAsync(configureServices: services => services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs))));
        using var client = new DirectLineClient(host);
        await client.ConnectAsync();
        await client.PollAsync();

        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Message.Contains("was not authenticated", StringComparison.Ordinal));

        // The same token on an agent endpoint is refused, and that one is a failed agent login.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agent/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client.Token);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(logs.GetSnapshot(), r => r.Message.Contains("was not authenticated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutASecret_StartUpWarns()
    {
        var logs = new FakeLogCollector();
        await using var host = await BotHost.StartAsync(configureServices: services => services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs))));

        Assert.Contains(logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("DirectLine:Secret is not set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AShortSecret_FailsStartUp()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:Secret"] = "short" }));

        Assert.Contains("DirectLine:Secret", failure.Message, StringComparison.Ordinal);
    }

    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }
}
