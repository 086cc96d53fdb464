using System.Net;
using System.Net.Http.Headers;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Http;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>The rate limits of /api/messages (per conversation; per client address for unsigned traffic only) and of the
/// agent API (per agent): over the limit a 429 with Retry-After and a problem body, and other callers are unaffected;
/// unsigned activities from this machine itself are not limited.</summary>
public sealed class RateLimitTests
{
    private const string AnaToken = "ana-rate-token-0123456789abcdef";
    private const string LuisToken = "luis-rate-token-0123456789abcde";

    [Fact]
    public async Task OneConversation_OverItsLimit_Gets429_WhileAnotherConversationGoesOn()
    {
        var turns = new CountingBot.Counter();
        await using var host = await BotHost.StartAsync(
            RemoteUnsigned(("RateLimits:MessagesPerConversationPerMinute", "3")),
            services => CountingBot.Wrap(services, turns));
        var chatty = new Customer(host, "es-ES");
        for (var i = 0; i < 3; i++)
        {
            using var accepted = await PostAsync(host, chatty.Message("hola " + i), forwardedFor: "203.0.113.20");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var limited = await PostAsync(host, chatty.Message("una más"), forwardedFor: "203.0.113.20");
        using var other = await PostAsync(host, new Customer(host, "es-ES").Message("hola"), forwardedFor: "203.0.113.20");

        await AssertTooManyAsync(limited);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(4, turns.Count);
    }

    [Fact]
    public async Task UnsignedTraffic_OverTheClientLimit_Gets429_AcrossConversations()
    {
        await using var host = await BotHost.StartAsync(RemoteUnsigned(
            ("RateLimits:UnsignedMessagesPerClientPerMinute", "3"),
            ("RateLimits:MessagesPerConversationPerMinute", "0")));
        for (var i = 0; i < 3; i++)
        {
            using var accepted = await PostAsync(host, new Customer(host, "en-US").Message("hello"), forwardedFor: "203.0.113.30");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var limited = await PostAsync(host, new Customer(host, "en-US").Message("hello"), forwardedFor: "203.0.113.30");
        using var otherClient = await PostAsync(host, new Customer(host, "en-US").Message("hello"), forwardedFor: "203.0.113.31");

        await AssertTooManyAsync(limited);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task ThisMachine_IsNotLimited_SoTheEmulatorAndALoadBenchmarkRunFreely()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimits:UnsignedMessagesPerClientPerMinute"] = "1",
            ["RateLimits:MessagesPerConversationPerMinute"] = "1",
        });
        var customer = new Customer(host, "es-ES");
        for (var i = 0; i < 4; i++)
        {
            using var accepted = await PostAsync(host, customer.Message("hola " + i));
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
    }

    [Fact]
    public async Task SignedTraffic_IsLimitedPerConversation_NotPerAddress_AndBadTokensUseNoAllowance()
    {
        const string appId = "22222222-3333-4444-5555-666666666666";
        await using var openId = await OpenIdMetadataServer.StartAsync("webchat");
        var settings = openId.BotSettings(appId);
        settings["RateLimits:UnsignedMessagesPerClientPerMinute"] = "2";
        settings["RateLimits:MessagesPerConversationPerMinute"] = "2";
        await using var host = await BotHost.StartAsync(settings);

        // The Bot Connector's one address carries many customers: four conversations, all through.
        for (var i = 0; i < 4; i++)
        {
            var activity = new Customer(host, "es-ES").Message("hola");
            using var accepted = await PostAsync(host, activity, openId.Issue(appId, activity.ServiceUrl));
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        // Somebody without a valid token cannot use up a conversation's allowance...
        var customer = new Customer(host, "es-ES");
        for (var i = 0; i < 3; i++)
        {
            using var refused = await PostAsync(host, customer.Message("hola"), "forged.token.value");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // ...but the conversation itself has one.
        for (var i = 0; i < 2; i++)
        {
            var activity = customer.Message("hola " + i);
            using var accepted = await PostAsync(host, activity, openId.Issue(appId, activity.ServiceUrl));
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var last = customer.Message("otra");
        using var limited = await PostAsync(host, last, openId.Issue(appId, last.ServiceUrl));
        await AssertTooManyAsync(limited);
    }

    [Fact]
    public async Task AnAgent_OverTheLimit_Gets429_WhileAnotherAgentGoesOn()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimits:AgentRequestsPerMinute"] = "3",
            ["Agents:Accounts:0:Id"] = "ana",
            ["Agents:Accounts:0:DisplayName"] = "Ana",
            ["Agents:Accounts:0:Token"] = AnaToken,
            ["Agents:Accounts:1:Id"] = "luis",
            ["Agents:Accounts:1:DisplayName"] = "Luis",
            ["Agents:Accounts:1:Token"] = LuisToken,
        });
        for (var i = 0; i < 3; i++)
        {
            using var accepted = await AgentGetAsync(host, AnaToken);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var limited = await AgentGetAsync(host, AnaToken);
        using var luis = await AgentGetAsync(host, LuisToken);

        await AssertTooManyAsync(limited);
        Assert.Equal(HttpStatusCode.OK, luis.StatusCode);
    }

    [Theory]
    [InlineData("RateLimits:MessagesPerConversationPerMinute", "-1")]
    [InlineData("RateLimits:AgentRequestsPerMinute", "lots")]
    public async Task BadLimits_StopTheBotAtStartUp_NamingTheKey(string key, string value)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key.Split(':')[1], failure.ToString(), StringComparison.Ordinal);
    }

    internal static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"{(int)response.StatusCode}: {body}");
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (int)JObject.Parse(body)["status"]!);
    }

    // Unsigned activities from other machines, through a trusted proxy on loopback that names the client.
    private static Dictionary<string, string?> RemoteUnsigned(params (string Key, string Value)[] limits)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ReverseProxy:Enabled"] = "true",
            ["Messages:AllowUnauthenticatedRemote"] = "true",
        };
        foreach (var (key, value) in limits)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<HttpResponseMessage> PostAsync(BotHost host, Activity activity, string? bearer = null, string? forwardedFor = null)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await host.Client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> AgentGetAsync(BotHost host, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agent/escalations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Client.SendAsync(request);
    }
}
