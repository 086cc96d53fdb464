using System.Diagnostics.Metrics;
using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Telemetry;

/// <summary>The bot's instruments, all in the meter <c>SupportBot</c> (the sentiment fallback counter too, see
/// <see cref="Sentiment.Azure.SentimentMetrics"/>). Tags carry channels, languages, segments, reasons and priorities —
/// never customer ids or text.</summary>
public sealed class SupportBotMetrics : ISurveyMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "SupportBot";

    /// <summary>Histogram of turn durations in seconds; tagged <c>channel</c>, <c>activity_type</c>, <c>outcome</c>.</summary>
    public const string TurnDurationName = "supportbot.turn.duration";

    /// <summary>Counter of surveys started; tagged <c>channel</c>, <c>language</c>.</summary>
    public const string SurveysStartedName = "supportbot.surveys.started";

    /// <summary>Counter of surveys completed; tagged <c>channel</c>, <c>language</c>, <c>segment</c>.</summary>
    public const string SurveysCompletedName = "supportbot.surveys.completed";

    /// <summary>Histogram of CSAT answers (1–5) of completed surveys; tagged <c>channel</c>, <c>language</c>.</summary>
    public const string CsatName = "supportbot.survey.csat";

    /// <summary>Histogram of NPS answers (0–10) of completed surveys; tagged <c>channel</c>, <c>language</c>.</summary>
    public const string NpsName = "supportbot.survey.nps";

    /// <summary>Counter of escalations queued, once per reason; tagged <c>reason</c>, <c>priority</c>, <c>channel</c>.</summary>
    public const string EscalationsName = "supportbot.escalations";

    /// <summary>Histogram of seconds from queueing to an agent's claim; tagged <c>priority</c>.</summary>
    public const string ClaimTimeName = "supportbot.escalation.claim_time";

    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _surveysStarted;
    private readonly Counter<long> _surveysCompleted;
    private readonly Histogram<int> _csat;
    private readonly Histogram<int> _nps;
    private readonly Counter<long> _escalations;
    private readonly Histogram<double> _claimTime;

    /// <summary>Creates the instruments.</summary>
    public SupportBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _turnDuration = meter.CreateHistogram(TurnDurationName, "s", "Time the bot took to handle one incoming activity.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _surveysStarted = meter.CreateCounter<long>(SurveysStartedName, "{survey}", "Satisfaction surveys started.");
        _surveysCompleted = meter.CreateCounter<long>(SurveysCompletedName, "{survey}", "Satisfaction surveys completed.");
        _csat = meter.CreateHistogram(CsatName, "{score}", "CSAT answers (1-5) of completed surveys.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 3, 4, 5] });
        _nps = meter.CreateHistogram(NpsName, "{score}", "NPS answers (0-10) of completed surveys.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
        _escalations = meter.CreateCounter<long>(EscalationsName, "{escalation}", "Escalations to the retention team, once per reason.");
        _claimTime = meter.CreateHistogram(ClaimTimeName, "s", "Time from queueing an escalation to an agent claiming it.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [30, 60, 300, 900, 1800, 3600, 14400, 86400] });
    }

    /// <summary>Records one turn.</summary>
    public void TurnCompleted(string? channel, string? activityType, bool failed, TimeSpan duration)
        => _turnDuration.Record(
            duration.TotalSeconds,
            new KeyValuePair<string, object?>("channel", channel ?? "unknown"),
            new KeyValuePair<string, object?>("activity_type", activityType ?? "unknown"),
            new KeyValuePair<string, object?>("outcome", failed ? "error" : "ok"));

    /// <inheritdoc />
    public void SurveyStarted(SurveyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _surveysStarted.Add(1, Channel(record), Language(record));
    }

    /// <inheritdoc />
    public void SurveyCompleted(SurveyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _surveysCompleted.Add(1, Channel(record), Language(record),
            new KeyValuePair<string, object?>("segment", record.Segment?.ToString() ?? "none"));
        if (record.Csat is { } csat)
        {
            _csat.Record(csat, Channel(record), Language(record));
        }

        if (record.Nps is { } nps)
        {
            _nps.Record(nps, Channel(record), Language(record));
        }
    }

    /// <summary>Records a queued escalation, once per reason (a request with none counts as <c>CustomerRequest</c>).</summary>
    public void EscalationQueued(EscalationCase escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var decision = escalation.Request.Decision;
        IEnumerable<EscalationReason> reasons = decision.Reasons.Count > 0 ? decision.Reasons : [EscalationReason.CustomerRequest];
        foreach (var reason in reasons)
        {
            _escalations.Add(1,
                new KeyValuePair<string, object?>("reason", reason.ToString()),
                new KeyValuePair<string, object?>("priority", decision.Priority.ToString()),
                new KeyValuePair<string, object?>("channel", escalation.Request.ChannelId));
        }
    }

    /// <summary>Records how long a claimed escalation waited.</summary>
    public void EscalationClaimed(EscalationCase escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (escalation.ClaimedAt is { } claimedAt)
        {
            _claimTime.Record(
                Math.Max(0, (claimedAt - escalation.CreatedAt).TotalSeconds),
                new KeyValuePair<string, object?>("priority", escalation.Request.Decision.Priority.ToString()));
        }
    }

    private static KeyValuePair<string, object?> Channel(SurveyRecord record) => new("channel", record.ChannelId);

    private static KeyValuePair<string, object?> Language(SurveyRecord record) => new("language", record.Language.ToString());
}
