using System.Net;
using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Http;

/// <summary>The channel JWT matrix, against a local OpenID metadata endpoint with a test signing key: with MicrosoftAppId
/// configured only a token the channel's key signed, for this bot, from the trusted issuer, in its lifetime, endorsed for
/// the activity's channel and naming its serviceUrl reaches the bot; everything else is 401 and no turn runs.</summary>
public sealed class ChannelJwtTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private readonly CountingBot.Counter _turns = new();
    private readonly FakeLogCollector _logs = new();
    private OpenIdMetadataServer _openId = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _openId = await OpenIdMetadataServer.StartAsync("webchat", "directline");
        _host = await BotHost.StartAsync(_openId.BotSettings(AppId), services =>
        {
            CountingBot.Wrap(services, _turns);
            services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(_logs)));
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task AValidToken_Is200_AndTheBotAnswers()
    {
        var activity = Activity("webchat");
        var before = _turns.Count;

        using var response = await PostAsync(activity, _openId.Issue(AppId, activity.ServiceUrl));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body} " + string.Join(" | ", _logs.GetSnapshot().Where(r => r.Level >= LogLevel.Warning).Select(r => r.Message + " " + r.Exception)));
        Assert.Equal(before + 1, _turns.Count);
        Assert.NotEmpty(JObject.Parse(body)["activities"]!);
    }

    public static TheoryData<string> InvalidCases() =>
    [
        "no token", "expired", "not yet valid", "wrong audience", "wrong issuer", "wrong signing key", "unknown key id",
        "serviceUrl mismatch", "channel not endorsed", "unsigned", "not a bearer",
    ];

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public async Task AnInvalidToken_Is401_AndTheBotIsNeverInvoked(string invalid)
    {
        var activity = Activity(invalid == "channel not endorsed" ? "msteams" : "webchat");
        var url = activity.ServiceUrl;
        var now = DateTime.UtcNow;
        using var otherKey = RSA.Create(2048);
        var header = invalid switch
        {
            "no token" => null,
            "expired" => Bearer(_openId.Issue(AppId, url, notBefore: now.AddHours(-2), expires: now.AddHours(-1))),
            "not yet valid" => Bearer(_openId.Issue(AppId, url, notBefore: now.AddHours(1), expires: now.AddHours(2))),
            "wrong audience" => Bearer(_openId.Issue("99999999-0000-0000-0000-000000000000", url)),
            "wrong issuer" => Bearer(_openId.Issue(AppId, url, issuer: "https://api.botframework.evil")),
            "wrong signing key" => Bearer(_openId.Issue(AppId, url, signWith: otherKey)),
            "unknown key id" => Bearer(_openId.Issue(AppId, url, signWith: otherKey, keyId: "someone-elses-key")),
            "serviceUrl mismatch" => Bearer(_openId.Issue(AppId, "https://attacker.example/")),
            "channel not endorsed" => Bearer(_openId.Issue(AppId, url)),
            "unsigned" => Bearer(Unsigned(_openId.Issue(AppId, url))),
            "not a bearer" => "Basic " + _openId.Issue(AppId, url),
            _ => throw new ArgumentOutOfRangeException(nameof(invalid)),
        };
        var before = _turns.Count;

        using var response = await PostAsync(activity, header, raw: true);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{invalid}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, _turns.Count);
    }

    private Activity Activity(string channelId)
    {
        var activity = new Customer(_host, "es-ES", channelId) { ServiceUrl = "https://smba.trafficmanager.test/emea/" }.Message("hola");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? token, bool raw = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", raw ? token : Bearer(token));
        }

        return await _host.Client.SendAsync(request);
    }

    private static string Bearer(string token) => "Bearer " + token;

    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        return Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + parts[1] + ".";
    }
}
