using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Sentiment.Offline;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Faults;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Faults;

/// <summary>Redis killed (SIGKILL) in the middle of traffic and restarted on the same port, with every store of the bot
/// on it: customers get a polite "try again" in their language, APIs a 503, nothing hangs or answers 500; the escalation
/// accepted while Redis was down is kept in the local outbox and queued when Redis is back; then the same bot, never
/// restarted, works again.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(60);

    private RedisServerFixture _redis = null!;
    private string _outbox = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServerFixture.StartPersistentAsync();
        _outbox = Path.Combine(Path.GetTempPath(), "supportbot-tests", $"outbox-{Guid.NewGuid():N}.db");
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task RedisKilledMidTraffic_PoliteRepliesAnd503s_EscalationWrittenAhead_ThenRecoversWithoutRestart()
    {
        var detractorBefore = new Customer(null!, "es-ES");
        var detractorDuring = new Customer(null!, "es-ES");
        var spanish = new Customer(null!, "es-ES");
        var english = new Customer(null!, "en-US");
        var settings = EscalationScenario.Settings("webchat:" + detractorBefore.UserId, new Dictionary<string, string?>
        {
            ["DemoOrders:Orders:1:CustomerId"] = "webchat:" + detractorDuring.UserId,
            ["DemoOrders:Orders:1:OrderId"] = "10234",
            ["DemoOrders:Orders:1:Product"] = "Nimbus X2",
            ["DemoOrders:Orders:1:DeliveredOn"] = "2026-11-12",
            ["State:Provider"] = "Redis",
            ["State:KeyPrefix"] = $"outage-{Guid.NewGuid():N}:",
            ["Surveys:Store"] = "Redis",
            ["Escalation:Store"] = "Redis",
            ["DirectLine:Store"] = "Redis",
            ["Redis:ConnectionString"] = _redis.ConnectionString,
            ["Redis:OperationTimeout"] = "00:00:02",
            ["Outbox:Path"] = _outbox,
            ["Outbox:ReplayInterval"] = "00:00:00.200",
        });
        OutageTrigger trigger = null!;
        await using var bot = await BotHost.StartAsync(settings, services => services.AddSingleton<ISentimentAnalyzer>(sp =>
            trigger = new OutageTrigger(sp.GetRequiredService<OfflineSentimentAnalyzer>())));
        foreach (var customer in new[] { detractorBefore, detractorDuring, spanish, english })
        {
            customer.Host = bot;
        }

        using var agent = EscalationScenario.Agent(bot, EscalationScenario.AnaToken);
        agent.Timeout = TimeSpan.FromSeconds(30);
        var es = Texts.Spanish;
        var en = Texts.English;

        // Traffic before the outage: two surveys under way (CSAT acknowledged), one escalation queued, one detractor
        // with CSAT and NPS answered.
        await spanish.SayAsync("hola");
        await english.SayAsync("hello");
        Assert.Equal([es.SurveyIntro, es.SurveyAskCsat], await spanish.TextsAsync(es.MenuSurvey));
        Assert.Equal([en.SurveyIntro, en.SurveyAskCsat], await english.TextsAsync(en.MenuSurvey));
        Assert.Equal([es.SurveyAskNps], await spanish.TextsAsync("4"));
        Assert.Equal([en.SurveyAskNps], await english.TextsAsync("4"));
        await EscalationScenario.DetractorSurveyAsync(detractorBefore, Language.Spanish);
        await detractorDuring.TextsAsync("quiero valorar mi pedido 10234");
        await detractorDuring.TextsAsync("1");
        Assert.Equal([es.SurveyAskWhyDetractor], await detractorDuring.TextsAsync("2"));
        var queuedBefore = await QueuedCountAsync(agent);
        Assert.Equal(1, queuedBefore);

        // Redis dies in the middle of the detractor's comment turn, after the turn loaded its state: the answer and the
        // escalation are written ahead to the local outbox before the customer is told a person will contact them.
        trigger.Arm(_redis.KillAsync);
        var duringReplies = await detractorDuring.TextsAsync("El paquete llegó tarde y roto, y nadie me responde. Me doy de baja.");
        Assert.True(trigger.Fired);
        Assert.Contains(duringReplies, text => text == es.SurveyEscalated(urgent: true) || text == es.SurveyEscalated(urgent: false));
        Assert.Equal(FaultTexts.Spanish.TemporarilyUnavailable, duringReplies[^1]);
        var outbox = bot.Services.GetRequiredService<LocalOutbox>();
        var waiting = await outbox.ListAsync(CancellationToken.None);
        Assert.Single(waiting, e => e.Kind == LocalOutbox.Escalation);
        Assert.Contains(waiting, e => e.Kind == LocalOutbox.Survey);

        // While Redis is down: a polite reply in each customer's language (HTTP 200: the channel must not retry), 503s with
        // Retry-After on the agent API, readiness 503, liveness 200.
        var clock = Stopwatch.StartNew();
        Assert.Equal([FaultTexts.Spanish.TemporarilyUnavailable], await spanish.TextsAsync("9"));
        var turnDuringOutage = clock.Elapsed;
        Assert.Equal([FaultTexts.English.TemporarilyUnavailable], await english.TextsAsync("9"));
        Assert.Equal([FaultTexts.Spanish.TemporarilyUnavailable], await detractorBefore.TextsAsync("hola"));

        using (var list = await agent.GetAsync("/api/agent/escalations"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, list.StatusCode);
            Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(StoreOutageExceptionHandler.RetryAfterSeconds), list.Headers.RetryAfter?.Delta);
            var problem = await list.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
            Assert.DoesNotContain("Redis", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using (var ready = await bot.Client.GetAsync(HealthEndpoints.ReadyRoute))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var checks = await HealthStatusesAsync(ready);
            Assert.Equal("Unhealthy", checks["redis"]);
            Assert.Equal("Unhealthy", checks["escalationQueue"]);
        }

        using (var live = await bot.Client.GetAsync(HealthEndpoints.LiveRoute))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        // Redis back on the same port, with its data (append-only file): the outbox drains into it, the escalation
        // count is the one before plus the one accepted during the outage, and the survey answer is in the record.
        await _redis.RestartAsync();
        await WaitUntilAsync(async () => await outbox.CountAsync(CancellationToken.None) == 0, "the outbox to drain");
        Assert.Equal(queuedBefore + 1, await QueuedCountAsync(agent));
        var escalationId = Assert.Single(waiting, e => e.Kind == LocalOutbox.Escalation).Id;
        var queued = await bot.Services.GetRequiredService<IEscalationStore>().GetAsync(escalationId, CancellationToken.None);
        Assert.Equal(detractorDuring.ConversationId, queued!.Request.ConversationId);
        var record = Assert.Single(await bot.Services.GetRequiredService<ISurveyStore>()
            .ListByCustomerAsync("webchat:" + detractorDuring.UserId, CancellationToken.None));
        Assert.Equal((1, 2), (record.Csat, record.Nps));
        Assert.Contains("tarde", record.Comment, StringComparison.Ordinal);

        // The same bot, never restarted, carries on: each survey continues where it was (the NPS question).
        Assert.Equal([es.SurveyAskWhyPromoter], await spanish.TextsAsync("9"));
        Assert.Equal([en.SurveyAskWhyPromoter], await english.TextsAsync("9"));
        using (var ready = await bot.Client.GetAsync(HealthEndpoints.ReadyRoute))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        Assert.True(turnDuringOutage < bot.Client.Timeout, $"a turn during the outage took {turnDuringOutage}");
        Console.WriteLine($"[faults] a customer turn while Redis was down answered in {turnDuringOutage.TotalMilliseconds:F0} ms");
    }

    private static async Task<int> QueuedCountAsync(HttpClient agent)
        => (await agent.GetFromJsonAsync<JsonElement>("/api/agent/escalations")).GetArrayLength();

    private static async Task<Dictionary<string, string>> HealthStatusesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!, StringComparer.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow + RecoveryDeadline;
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
