using System.Net;
using System.Net.Http.Json;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.ScaleOut;

/// <summary>Two real bot instances (real Kestrel, two ports) on one real redis-server, configured the way an operator
/// would: only <c>Redis:ConnectionString</c> (and a key prefix of their own) — no store provider set — plus the
/// escalation scenario's agents and delivered order.</summary>
internal sealed class TwoInstances : IAsyncDisposable
{
    private TwoInstances(BotHost a, BotHost b)
    {
        A = a;
        B = b;
    }

    public BotHost A { get; }

    public BotHost B { get; }

    /// <summary>The instance a load balancer sends turn <paramref name="turn"/> to: A, B, A, B…</summary>
    public BotHost ForTurn(int turn) => turn % 2 == 0 ? A : B;

    public static async Task<TwoInstances> StartAsync(
        RedisServerFixture redis, string customerId, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? configureServices = null)
    {
        var settings = Settings(redis, $"scaleout-{Guid.NewGuid():N}:", extra);
        var a = await BotHost.StartAsync(EscalationScenario.Settings(customerId, settings), configureServices);
        try
        {
            return new TwoInstances(a, await BotHost.StartAsync(EscalationScenario.Settings(customerId, settings), configureServices));
        }
        catch
        {
            await a.DisposeAsync();
            throw;
        }
    }

    /// <summary>Only the Redis connection and a key prefix, then <paramref name="extra"/>.</summary>
    public static Dictionary<string, string?> Settings(RedisServerFixture redis, string prefix, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["State:KeyPrefix"] = prefix,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Ana and Luis claim <paramref name="id"/> <paramref name="count"/> times at once, alternately through A
    /// and B; returns which (agent, instance) got 200 and how many got 409 Conflict (anything else fails the test).</summary>
    public async Task<(string Agent, BotHost Instance, int Conflicts)> ClaimAtOnceAsync(string id, int count)
    {
        var agents = Enumerable.Range(0, count).Select(i => (
            Name: i % 4 < 2 ? "ana" : "luis",
            Host: ForTurn(i),
            Client: EscalationScenario.Agent(ForTurn(i), i % 4 < 2 ? EscalationScenario.AnaToken : EscalationScenario.LuisToken))).ToList();
        try
        {
            using var start = new SemaphoreSlim(0);
            var claims = agents.Select(async agent =>
            {
                await start.WaitAsync();
                using var response = await agent.Client.PostAsync($"/api/agent/escalations/{id}/claim", null);
                var body = await response.Content.ReadAsStringAsync();
                return (agent.Name, agent.Host, response.StatusCode, body);
            }).ToList();
            start.Release(count);
            var results = await Task.WhenAll(claims);

            Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)r.StatusCode}: {r.body}"));
            var winner = Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
            Assert.All(results.Where(r => r.StatusCode == HttpStatusCode.Conflict), r =>
            {
                Assert.Contains("already claimed", r.body, StringComparison.Ordinal);
                Assert.Contains($"\"claimedBy\":\"{winner.Name}\"", r.body, StringComparison.Ordinal);
            });
            return (winner.Name, winner.Host, results.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        }
        finally
        {
            foreach (var agent in agents)
            {
                agent.Client.Dispose();
            }
        }
    }

    /// <summary>The agent (by id) writes to the customer through <paramref name="instance"/>.</summary>
    public static async Task SendAsAgentAsync(BotHost instance, string agent, string id, string text)
    {
        using var client = EscalationScenario.Agent(instance, agent == "ana" ? EscalationScenario.AnaToken : EscalationScenario.LuisToken);
        using var sent = await client.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
    }

    public BotHost Other(BotHost instance) => ReferenceEquals(instance, A) ? B : A;

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
