using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SupportBot.Bot.BotFramework;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Http;

/// <summary>Without a MicrosoftAppId, /api/messages takes unsigned activities from this machine only, unless
/// Messages:AllowUnauthenticatedRemote says otherwise.</summary>
public sealed class LocalCallerRuleTests
{
    [Theory]
    [InlineData("127.0.0.1", false, false, true)]
    [InlineData("::1", false, false, true)]
    [InlineData("::ffff:127.0.0.1", false, false, true)]
    [InlineData("203.0.113.7", false, false, false)]
    [InlineData("10.1.2.3", false, false, false)]
    [InlineData("::ffff:192.168.1.20", false, false, false)]
    [InlineData("203.0.113.7", false, true, true)]
    [InlineData("203.0.113.7", true, false, true)]
    [InlineData(null, false, false, false)]
    public void Rule_AcceptsLoopbackOnly_UnlessSignedOrOpened(string? remote, bool signedOnly, bool allowRemote, bool allowed)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = remote is null ? null : IPAddress.Parse(remote);

        Assert.Equal(allowed, LocalCallerRule.Allows(http, signedOnly, allowRemote));
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    [InlineData("X-Real-IP", "203.0.113.7")]
    public void ALoopbackRequestForwardedByAProxy_IsRemote(string header, string value)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        http.Request.Headers[header] = value;

        Assert.False(LocalCallerRule.Allows(http, signedRequestsRequired: false, allowRemote: false));
    }

    [Fact]
    public async Task OverHttp_AForwardedUnsignedActivity_Is403_AndTheBotNeverRuns()
    {
        var turns = new CountingBot.Counter();
        await using var host = await BotHost.StartAsync(configureServices: services => CountingBot.Wrap(services, turns));
        var activity = new Customer(host, "es-ES").Message("hola");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("AllowUnauthenticatedRemote", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, turns.Count);
    }

    [Theory]
    [InlineData(false, StatusCodes.Status403Forbidden)]
    [InlineData(true, StatusCodes.Status200OK)]
    public async Task TheEndpoint_FromARemoteAddress_FollowsTheSwitch(bool allowRemote, int expected)
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Messages:AllowUnauthenticatedRemote"] = allowRemote ? "true" : "false" });
        var activity = new Customer(host, "es-ES").Message("hola");
        activity.DeliveryMode = "expectReplies";
        var http = new DefaultHttpContext { RequestServices = host.Services };
        http.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity)));
        http.Response.Body = new MemoryStream();

        var result = await MessagesEndpoint.HandleAsync(
            http,
            host.Services.GetRequiredService<SupportBotAdapter>(),
            host.Services.GetRequiredService<IBot>(),
            host.Services.GetRequiredService<IOptions<MessagesEndpointOptions>>(),
            host.Services.GetRequiredService<SupportBot.Bot.Security.ConversationRateLimiter>(),
            host.Services.GetRequiredService<IConfiguration>(),
            host.Services.GetRequiredService<ILoggerFactory>(),
            CancellationToken.None);
        await result.ExecuteAsync(http);

        Assert.Equal(expected, http.Response.StatusCode);
    }
}
