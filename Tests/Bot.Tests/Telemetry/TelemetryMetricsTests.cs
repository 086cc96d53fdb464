using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SupportBot.Bot.Telemetry;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Telemetry;

/// <summary>A detractor's survey over HTTP, escalated and claimed by an agent, records every instrument of the meter
/// <c>SupportBot</c>: turn latency, survey started and completed, the CSAT and NPS given, the escalation's reasons and
/// the time to claim. The collectors listen to this host's meter factory only, so parallel tests do not mix.</summary>
public sealed class TelemetryMetricsTests
{
    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task DetractorSurveyClaimed_RecordsEveryInstrument(string locale, Language language)
    {
        var customer = new Customer(null!, locale);
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId));
        customer.Host = host;
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var turns = new MetricCollector<double>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.TurnDurationName);
        using var started = new MetricCollector<long>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.SurveysStartedName);
        using var completed = new MetricCollector<long>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.SurveysCompletedName);
        using var csat = new MetricCollector<int>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.CsatName);
        using var nps = new MetricCollector<int>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.NpsName);
        using var escalations = new MetricCollector<long>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.EscalationsName);
        using var claims = new MetricCollector<double>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.ClaimTimeName);

        // CSAT 1, NPS 2 and a comment that says the customer is leaving.
        await EscalationScenario.DetractorSurveyAsync(customer, language);
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        var escalation = await EscalationScenario.OnlyQueuedAsync(ana, "webchat:" + customer.UserId);
        Assert.Empty(claims.GetMeasurementSnapshot());
        using var claim = await ana.PostAsync($"/api/agent/escalations/{escalation.GetProperty("id").GetString()}/claim", null);
        claim.EnsureSuccessStatusCode();

        var turnMeasurements = turns.GetMeasurementSnapshot();
        Assert.True(turnMeasurements.Count >= 4, $"{turnMeasurements.Count} turns recorded");
        Assert.All(turnMeasurements, m =>
        {
            Assert.True(m.Value >= 0);
            Assert.Equal("webchat", m.Tags["channel"]);
            Assert.Equal("message", m.Tags["activity_type"]);
            Assert.Equal("ok", m.Tags["outcome"]);
        });

        var start = Assert.Single(started.GetMeasurementSnapshot());
        Assert.Equal((1L, "webchat", language.ToString()), (start.Value, start.Tags["channel"], start.Tags["language"]));
        var done = Assert.Single(completed.GetMeasurementSnapshot());
        Assert.Equal((1L, "Detractor", language.ToString()), (done.Value, done.Tags["segment"], done.Tags["language"]));
        Assert.Equal(1, Assert.Single(csat.GetMeasurementSnapshot()).Value);
        Assert.Equal(2, Assert.Single(nps.GetMeasurementSnapshot()).Value);

        var reasons = escalations.GetMeasurementSnapshot().Select(m => (string?)m.Tags["reason"]).ToList();
        Assert.Contains("DetractorNps", reasons);
        Assert.Contains("LowCsat", reasons);
        Assert.Contains("ChurnIntent", reasons);
        Assert.Equal(reasons.Count, reasons.Distinct(StringComparer.Ordinal).Count());
        Assert.All(escalations.GetMeasurementSnapshot(), m => Assert.Equal("Urgent", m.Tags["priority"]));

        var claimTime = Assert.Single(claims.GetMeasurementSnapshot());
        Assert.True(claimTime.Value >= 0);
        Assert.Equal("Urgent", claimTime.Tags["priority"]);
    }

    [Fact]
    public async Task PausedSurvey_StartsButDoesNotComplete()
    {
        var customer = new Customer(null!, "en-US");
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId));
        customer.Host = host;
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var started = new MetricCollector<long>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.SurveysStartedName);
        using var completed = new MetricCollector<long>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.SurveysCompletedName);
        using var csat = new MetricCollector<int>(meters, SupportBotMetrics.MeterName, SupportBotMetrics.CsatName);

        await customer.TextsAsync("I want to rate my order #10234");
        await customer.TextsAsync("4");
        await customer.TextsAsync("later");

        Assert.Single(started.GetMeasurementSnapshot());
        Assert.Empty(completed.GetMeasurementSnapshot());
        Assert.Empty(csat.GetMeasurementSnapshot());
    }
}
