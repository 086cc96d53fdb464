using System.Net.Http.Json;
using System.Text.Json;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Insights;

/// <summary>The same seeded week read from the Redis stores (through the outbox wrapper) gives the same figures.</summary>
[Collection(RedisCollection.Name)]
public sealed class InsightsOverRedisTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Week_FromRedis_HasTheHandComputedFigures()
    {
        var settings = InsightsSeed.SupervisorAccount(EscalationScenario.Settings("webchat:nobody", new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["State:KeyPrefix"] = $"insights-{Guid.NewGuid():N}:",
            ["Surveys:Store"] = "Redis",
            ["Escalation:Store"] = "Redis",
            ["Outbox:Path"] = Path.Combine(Path.GetTempPath(), "supportbot-tests", $"outbox-{Guid.NewGuid():N}.db"),
        }));
        await using var host = await BotHost.StartAsync(settings);
        var surveys = host.Services.GetRequiredService<ISurveyStore>();
        Assert.IsType<OutboxSurveyStore>(surveys);
        Assert.IsType<RedisEscalationStore>(host.Services.GetRequiredService<IEscalationStore>());
        await InsightsSeed.SaveAsync(surveys, host.Services.GetRequiredService<IEscalationStore>(), default);

        var report = await EscalationScenario.Agent(host, InsightsSeed.SupervisorToken)
            .GetFromJsonAsync<JsonElement>("/api/insights?from=2026-11-01&to=2026-11-07");

        // See InsightsSeed: NPS 25, CSAT 40, 5 responses, 3 escalations.
        Assert.Equal((25m, 40m, 5, 3), (report.GetProperty("nps").GetDecimal(), report.GetProperty("csatPercent").GetDecimal(),
            report.GetProperty("responses").GetInt32(), report.GetProperty("escalations").GetInt32()));
        Assert.Equal(66.7m, report.GetProperty("responseRate").GetProperty("completionPercent").GetDecimal());
    }
}
