using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>End to end over HTTP: a detractor's survey queues an escalation that an agent sees, claims (once) and
/// resolves through the console API — on one instance with SQLite, and across two instances sharing Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class EscalationOverHttpTests(RedisServerFixture redis)
{
    private const string AnaToken = "ana-token-0123456789abcdef0123";
    private const string LuisToken = "luis-token-0123456789abcdef012";

    private static Dictionary<string, string?> Settings(string customerId, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DemoOrders:Orders:0:CustomerId"] = customerId,
            ["DemoOrders:Orders:0:OrderId"] = "10234",
            ["DemoOrders:Orders:0:Product"] = "Nimbus X2",
            ["DemoOrders:Orders:0:DeliveredOn"] = "2026-11-12",
            ["Agents:Accounts:0:Id"] = "ana",
            ["Agents:Accounts:0:DisplayName"] = "Ana",
            ["Agents:Accounts:0:Token"] = AnaToken,
            ["Agents:Accounts:1:Id"] = "luis",
            ["Agents:Accounts:1:DisplayName"] = "Luis",
            ["Agents:Accounts:1:Token"] = LuisToken,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task DetractorSurveyAsync(Customer customer, Language language)
    {
        var t = Texts.For(language);
        var es = language == Language.Spanish;
        await customer.TextsAsync(es ? "quiero valorar mi pedido 10234" : "I want to rate my order #10234");
        await customer.TextsAsync("1");
        await customer.TextsAsync("2");
        var replies = await customer.TextsAsync(es
            ? "El paquete llegó tarde y roto, y nadie me responde. Me doy de baja."
            : "The parcel arrived late and broken and nobody answers. I want to cancel my account.");
        if (replies[^1] == t.SurveyAskAspects)
        {
            replies = await customer.TextsAsync(es ? "entrega" : "delivery");
        }

        Assert.Contains(replies, text => text == t.SurveyEscalated(urgent: true) || text == t.SurveyEscalated(urgent: false));
    }

    private static HttpClient Agent(BotHost host, string token)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> OnlyQueuedAsync(HttpClient agent, string customerId)
    {
        var rows = await agent.GetFromJsonAsync<JsonElement>("/api/agent/escalations");
        var mine = new List<JsonElement>();
        foreach (var row in rows.EnumerateArray())
        {
            var details = await agent.GetFromJsonAsync<JsonElement>($"/api/agent/escalations/{row.GetProperty("id").GetString()}");
            if (details.GetProperty("escalation").GetProperty("request").GetProperty("customerId").GetString() == customerId)
            {
                mine.Add(details.GetProperty("escalation"));
            }
        }

        return Assert.Single(mine);
    }

    private static async Task ClaimOnceAndResolveAsync(HttpClient ana, HttpClient luis, string id)
    {
        using var first = await ana.PostAsync($"/api/agent/escalations/{id}/claim", null);
        using var second = await luis.PostAsync($"/api/agent/escalations/{id}/claim", null);
        using var resolved = await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/resolve", new { outcome = "retained", note = "Reenvío gratis" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "entrega")]
    [InlineData("en-US", Language.English, "delivery")]
    public async Task DetractorSurvey_QueuesAnEscalation_ClaimedOnce_AndResolved(string locale, Language language, string aspectWord)
    {
        var customer = new Customer(null!, locale);
        await using var host = await BotHost.StartAsync(Settings("webchat:" + customer.UserId));
        customer.Host = host;
        using var ana = Agent(host, AnaToken);
        using var luis = Agent(host, LuisToken);

        await DetractorSurveyAsync(customer, language);
        var escalation = await OnlyQueuedAsync(ana, "webchat:" + customer.UserId);
        var id = escalation.GetProperty("id").GetString()!;
        await ClaimOnceAndResolveAsync(ana, luis, id);

        Assert.Equal("Waiting", escalation.GetProperty("status").GetString());
        Assert.Equal(customer.ConversationId, escalation.GetProperty("request").GetProperty("conversationId").GetString());
        Assert.Equal("10234", escalation.GetProperty("request").GetProperty("orderId").GetString());
        Assert.Contains("ChurnIntent", escalation.GetProperty("request").GetProperty("decision").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(aspectWord, escalation.GetProperty("summary").GetString(), StringComparison.OrdinalIgnoreCase);
        var stored = await host.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Resolved, EscalationOutcome.Retained, "ana"), (stored!.Status, stored.Outcome, stored.ClaimedBy));
    }

    [Fact]
    public async Task TwoInstancesOnRedis_OneQueues_TheOtherClaimsAndResolves()
    {
        var prefix = $"http-escalation-{Guid.NewGuid():N}:";
        var customer = new Customer(null!, "es-ES");
        var shared = new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:KeyPrefix"] = prefix,
            ["Surveys:Store"] = "Redis",
            ["Escalation:Store"] = "Redis",
            ["Redis:ConnectionString"] = redis.ConnectionString,
        };
        await using var first = await BotHost.StartAsync(Settings("webchat:" + customer.UserId, shared));
        await using var second = await BotHost.StartAsync(Settings("webchat:" + customer.UserId, shared));
        customer.Host = first;
        using var anaOnSecond = Agent(second, AnaToken);
        using var luisOnFirst = Agent(first, LuisToken);

        await DetractorSurveyAsync(customer, Language.Spanish);
        var escalation = await OnlyQueuedAsync(anaOnSecond, "webchat:" + customer.UserId);
        var id = escalation.GetProperty("id").GetString()!;
        await ClaimOnceAndResolveAsync(anaOnSecond, luisOnFirst, id);

        Assert.IsType<RedisEscalationStore>(first.Services.GetRequiredService<IEscalationStore>());
        var stored = await first.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Resolved, "ana"), (stored!.Status, stored.ClaimedBy));
    }
}
