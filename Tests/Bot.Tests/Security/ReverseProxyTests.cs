using System.Net;
using SupportBot.Bot.Security;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>Forwarded headers: believed only with ReverseProxy:Enabled and from a known proxy (loopback here); then the
/// per-address limits count the real client, the local-caller rule sees a remote caller, and HTTPS gets HSTS.</summary>
public sealed class ReverseProxyTests
{
    [Fact]
    public async Task BehindAKnownProxy_PerAddressLimits_CountTheRealClient()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["ReverseProxy:Enabled"] = "true",
            ["DirectLine:TokenRequestsPerMinute"] = "2",
        });

        for (var i = 0; i < 2; i++)
        {
            using var accepted = await GenerateAsync(host, "203.0.113.10");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var limited = await GenerateAsync(host, "203.0.113.10");
        using var otherClient = await GenerateAsync(host, "203.0.113.11");

        await RateLimitTests.AssertTooManyAsync(limited);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task WithoutTheSwitch_ForwardedHeadersAreIgnored_SoNobodyChoosesTheirAddress()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerMinute"] = "2" });

        for (var i = 0; i < 2; i++)
        {
            using var accepted = await GenerateAsync(host, "203.0.113." + i);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var limited = await GenerateAsync(host, "203.0.113.99");
        await RateLimitTests.AssertTooManyAsync(limited);
    }

    [Fact]
    public async Task BehindAProxy_AForwardedClient_IsRemote_ForUnsignedActivities()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["ReverseProxy:Enabled"] = "true" });
        var activity = new Customer(host, "es-ES").Message("hola");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task HttpsThroughTheProxy_GetsHsts_PlainHttpDoesNot()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["ReverseProxy:Enabled"] = "true" });
        using var https = new HttpRequestMessage(HttpMethod.Get, "/");
        https.Headers.Add("X-Forwarded-Proto", "https");
        https.Headers.Add("X-Forwarded-For", "203.0.113.5");

        using var secure = await host.Client.SendAsync(https);
        using var plain = await host.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(SecurityHeaders.StrictTransportSecurity, string.Join(",", secure.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("connect-src 'self' wss://", string.Join(",", secure.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("ReverseProxy:KnownNetworks:0", "10.0.0.0/33", "KnownNetworks")]
    [InlineData("ReverseProxy:KnownProxies:0", "proxy.internal", "KnownProxies")]
    public async Task BadProxySettings_StopTheBotAtStartUp_NamingTheKey(string key, string value, string named)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GenerateAsync(BotHost host, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Content = new StringContent(string.Empty) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await host.Client.SendAsync(request);
    }
}
