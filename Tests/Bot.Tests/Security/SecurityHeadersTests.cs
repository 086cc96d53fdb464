using System.Net;
using System.Net.Http.Headers;
using SupportBot.Bot.Security;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>Every page keeps a strict CSP and gets nosniff, Referrer-Policy, a framing rule, Permissions-Policy and
/// Cross-Origin-Opener-Policy; every API answer gets nosniff, and those with customer or agent data are never cached.</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private const string AgentToken = "headers-agent-token-0123456789ab";
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(new Dictionary<string, string?>
    {
        ["Agents:Accounts:0:Id"] = "ana",
        ["Agents:Accounts:0:DisplayName"] = "Ana",
        ["Agents:Accounts:0:Token"] = AgentToken,
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/", "SAMEORIGIN", "frame-ancestors 'self'")]
    [InlineData("/agent", "DENY", "frame-ancestors 'none'")]
    [InlineData("/agent/insights", "DENY", "frame-ancestors 'none'")]
    public async Task HtmlPages_GetEveryPageHeader(string path, string frameOptions, string frameAncestors)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains(frameAncestors, csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal(frameOptions, Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(PageHeaders.PermissionsPolicy, Header(response, "Permissions-Policy"));
        Assert.Equal(PageHeaders.OpenerPolicy, Header(response, "Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "No HSTS over plain HTTP.");
    }

    [Theory]
    [InlineData("/embed.js")]
    [InlineData("/chat/chat.js")]
    [InlineData("/agent/agent.js")]
    [InlineData("/agent/agent.css")]
    public async Task PageFiles_AreNeverSniffed_NorLeakTheReferrer(string path)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task WithShopSites_TheChatPageMayBeFramedByThemOnly_AndKeepsTheOtherHeaders()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["WebChat:EmbedOrigins:0"] = "https://shop.example" });

        using var response = await host.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("frame-ancestors 'self' https://shop.example", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options cannot name another origin; the CSP does.");
        Assert.Equal(PageHeaders.OpenerPolicy, Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("GET", "/api/agent/me", true, HttpStatusCode.OK)]
    [InlineData("GET", "/api/agent/escalations", true, HttpStatusCode.OK)]
    [InlineData("GET", "/api/agent/escalations", false, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/v3/directline/tokens/generate", false, HttpStatusCode.OK)]
    [InlineData("GET", "/v3/directline/conversations/x/activities", false, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/messages", false, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/invoices/not-a-token", false, HttpStatusCode.NotFound)]
    public async Task Apis_AreNeverSniffedNorCached(string method, string path, bool signedIn, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent(path == "/api/messages" ? "{}" : string.Empty, System.Text.Encoding.UTF8, "application/json");
        }

        if (signedIn)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AgentToken);
        }

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    private static string Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
            : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
            : throw new Xunit.Sdk.XunitException($"No {name} header.");
}
