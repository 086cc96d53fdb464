using System.Net;
using System.Net.Http.Json;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>End to end over HTTP: a detractor's survey queues an escalation that an agent sees, claims (once) and
/// resolves through the console API — on one instance with SQLite, and across two instances sharing Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class EscalationOverHttpTests(RedisServerFixture redis)
{
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
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId));
        customer.Host = host;
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        using var luis = EscalationScenario.Agent(host, EscalationScenario.LuisToken);

        await EscalationScenario.DetractorSurveyAsync(customer, language);
        var escalation = await EscalationScenario.OnlyQueuedAsync(ana, "webchat:" + customer.UserId);
        var id = escalation.GetProperty("id").GetString()!;
        await ClaimOnceAndResolveAsync(ana, luis, id);

        Assert.Equal("Waiting", escalation.GetProperty("status").GetString());
        Assert.Equal(customer.ConversationId, escalation.GetProperty("request").GetProperty("conversationId").GetString());
        Assert.Equal("10234", escalation.GetProperty("request").GetProperty("orderId").GetString());
        Assert.Contains("ChurnIntent", escalation.GetProperty("request").GetProperty("decision").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(aspectWord, escalation.GetProperty("summary").GetString(), StringComparison.OrdinalIgnoreCase);
        var stored = await host.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Resolved, EscalationOutcome.Retained, "ana"), (stored!.Status, stored.Outcome, stored.ClaimedBy));
        var t = Texts.For(language);
        Assert.Contains(stored.History, line => line.Sender == TranscriptSender.Bot && line.Text == t.SurveyAskCsat);
        Assert.Contains(stored.History, line => line.Sender == TranscriptSender.Customer && line.Text == "1");
        Assert.Contains(stored.History, line => line.Sender == TranscriptSender.Customer && line.Text.Contains("10234", StringComparison.Ordinal));
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
        await using var first = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId, shared));
        await using var second = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId, shared));
        customer.Host = first;
        using var anaOnSecond = EscalationScenario.Agent(second, EscalationScenario.AnaToken);
        using var luisOnFirst = EscalationScenario.Agent(first, EscalationScenario.LuisToken);

        await EscalationScenario.DetractorSurveyAsync(customer, Language.Spanish);
        var escalation = await EscalationScenario.OnlyQueuedAsync(anaOnSecond, "webchat:" + customer.UserId);
        var id = escalation.GetProperty("id").GetString()!;
        await ClaimOnceAndResolveAsync(anaOnSecond, luisOnFirst, id);

        Assert.IsType<RedisEscalationStore>(first.Services.GetRequiredService<IEscalationStore>());
        var stored = await first.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Resolved, "ana"), (stored!.Status, stored.ClaimedBy));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "sí")]
    [InlineData("en-US", Language.English, "yes")]
    public async Task AskingForAPersonAfterTheSurveyEscalated_JoinsTheSameRequest(string locale, Language language, string yes)
    {
        var t = Texts.For(language);
        var customer = new Customer(null!, locale);
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId));
        customer.Host = host;
        await EscalationScenario.DetractorSurveyAsync(customer, language);

        await customer.TextsAsync(t.MenuPerson);
        var replies = await customer.TextsAsync(yes);

        Assert.Equal(t.HandoffQueued(1, TimeSpan.FromMinutes(5)), replies[0]);
        var open = await host.Services.GetRequiredService<IEscalationStore>().ListOpenAsync(CancellationToken.None);
        var only = Assert.Single(open, e => e.Request.ConversationId == customer.ConversationId);
        Assert.Contains(Dialogs.Abstractions.EscalationReason.ChurnIntent, only.Request.Decision.Reasons);
    }
}
