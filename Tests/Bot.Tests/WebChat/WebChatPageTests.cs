using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.WebChat;

/// <summary>The customer page over real HTTP: the page, its files and the Web Chat bundle with the right content types, a
/// strict policy with a fresh style nonce per page, the brand from configuration (encoded), and framing only by the
/// shop's configured sites.</summary>
public sealed partial class WebChatPageTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(new Dictionary<string, string?>
    {
        ["Conversation:BrandName"] = "Tienda <Sol> & Co",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Root_ServesTheChatPage_WithAStrictPolicyAndAFreshStyleNonce()
    {
        using var first = await _host.Client.GetAsync("/");
        using var second = await _host.Client.GetAsync("/");
        var html = await first.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/html", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", first.Content.Headers.ContentType?.CharSet);
        var policy = Assert.Single(first.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.Contains($"ws://{_host.BaseAddress.Authority}", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(first.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("SAMEORIGIN", Assert.Single(first.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(first.Headers.GetValues("Referrer-Policy")));

        var nonce = NonceAttribute().Match(html).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"style-src 'self' 'nonce-{nonce}' 'unsafe-hashes' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';", policy, StringComparison.Ordinal);
        var otherPolicy = Assert.Single(second.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain(nonce, otherPolicy, StringComparison.Ordinal);

        Assert.Contains("<title>Tienda &lt;Sol&gt; &amp; Co</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Sol>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("data-token-url=\"/v3/directline/tokens/generate\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/chat/webchat.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScriptOrHandler(), html);
    }

    [Theory]
    [InlineData("/chat/chat.js", "text/javascript")]
    [InlineData("/chat/chat.css", "text/css")]
    [InlineData("/chat/bot-avatar.svg", "image/svg+xml")]
    [InlineData("/embed.js", "text/javascript")]
    [InlineData("/chat/webchat.js", "text/javascript")]
    public async Task PageFiles_AreServedWithTheirContentTypes(string path, string mediaType)
    {
        using var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Content.Headers.ContentLength > 100);
    }

    [Fact]
    public async Task TheBundle_IsTheOfficialWebChat_AndRevalidates()
    {
        using var response = await _host.Client.GetAsync("/chat/webchat.js");
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("renderWebChat", script, StringComparison.Ordinal);
        Assert.Contains("createDirectLine", script, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/chat/webchat.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await _host.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task EmbedScript_MayBeLoadedByTheShopsPages()
    {
        using var response = await _host.Client.GetAsync("/embed.js");
        Assert.Equal("cross-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Resource-Policy")));
        Assert.Contains("data-order", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithShopSitesConfigured_OnlyTheyMayFrameThePage()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["WebChat:EmbedOrigins:0"] = "https://shop.example",
            ["Conversation:DefaultLanguage"] = "English",
        });

        using var response = await host.Client.GetAsync("/");
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("frame-ancestors 'self' https://shop.example", policy, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Contains("<html lang=\"en\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WebChat:CustomerSigningKey", "too-short", "CustomerSigningKey")]
    [InlineData("WebChat:DirectLineDomain", "https://europe.directline.botframework.com/v3/directline", "DirectLineSecret")]
    [InlineData("WebChat:AccentColor", "red; background:url(x)", "AccentColor")]
    [InlineData("WebChat:EmbedOrigins:0", "http://shop.example/page", "EmbedOrigins")]
    public async Task BadSettings_StopTheBotAtStartUp_NamingTheKey(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-nonce=\"([A-Za-z0-9+/=]+)\"")]
    private static partial Regex NonceAttribute();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)|\\son[a-z]+\\s*=|<style|style=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptOrHandler();
}
