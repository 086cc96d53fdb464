using System.Net;
using System.Text.RegularExpressions;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Agents;

/// <summary>The console's files over HTTP: served to anyone (the page holds no data), each with a strict
/// Content-Security-Policy and nosniff; the page has no inline script or style for the policy to have to allow.</summary>
public sealed partial class AgentConsolePageTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/agent", "text/html")]
    [InlineData("/agent/agent.js", "text/javascript")]
    [InlineData("/agent/agent.css", "text/css")]
    [InlineData("/agent/console-shared.js", "text/javascript")]
    [InlineData("/agent/insights", "text/html")]
    [InlineData("/agent/insights/insights.js", "text/javascript")]
    [InlineData("/agent/insights/insights.css", "text/css")]
    public async Task ConsoleFiles_AreServedWithAStrictPolicy(string path, string mediaType)
    {
        using var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/agent")]
    [InlineData("/agent/insights")]
    public async Task Page_HasNoInlineScriptStyleOrHandlers(string path)
    {
        var html = await _host.Client.GetStringAsync(path);

        Assert.All(ScriptTag().Matches(html), script => Assert.Contains("src=", script.Value, StringComparison.Ordinal));
        Assert.DoesNotMatch(InlineHandlerOrStyle(), html);
    }

    [Theory]
    [InlineData("/agent/agent.js")]
    [InlineData("/agent/console-shared.js")]
    [InlineData("/agent/insights/insights.js")]
    public async Task Script_NeverParsesDataAsHtml(string path)
    {
        var script = await _host.Client.GetStringAsync(path);

        Assert.DoesNotMatch(HtmlSink(), script);
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerOrStyle();

    [GeneratedRegex(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlSink();
}
