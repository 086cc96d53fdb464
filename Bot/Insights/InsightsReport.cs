using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Insights;

/// <summary>Every figure of the insights dashboard for one <see cref="InsightsFilter"/>; what <c>GET /api/insights</c> returns.</summary>
public sealed record InsightsReport
{
    /// <summary>First day covered (local).</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day covered (local, included).</summary>
    public required DateOnly To { get; init; }

    /// <summary>The time zone (IANA id) days are read in.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The channel filter, or null.</summary>
    public string? Channel { get; init; }

    /// <summary>The language filter, or null.</summary>
    public Language? Language { get; init; }

    /// <summary>How <see cref="Trend"/> is bucketed.</summary>
    public required BucketSize Bucket { get; init; }

    /// <summary>Channels with surveys or escalations in the date range (whatever the channel and language filters), for the filter list.</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>Surveys with at least one score.</summary>
    public required int Responses { get; init; }

    /// <summary>Net Promoter Score (−100..100), or null.</summary>
    public decimal? Nps { get; init; }

    /// <summary>NPS answers.</summary>
    public required int NpsAnswers { get; init; }

    /// <summary>CSAT% (share of 4–5), or null.</summary>
    public decimal? CsatPercent { get; init; }

    /// <summary>CSAT answers.</summary>
    public required int CsatAnswers { get; init; }

    /// <summary>CSAT answers per score 1–5 (index 0 = score 1).</summary>
    public required IReadOnlyList<int> CsatDistribution { get; init; }

    /// <summary>NPS answers per score 0–10 (index = score).</summary>
    public required IReadOnlyList<int> NpsDistribution { get; init; }

    /// <summary>NPS and CSAT% over time.</summary>
    public required IReadOnlyList<TrendPoint> Trend { get; init; }

    /// <summary>Completion and invitation rates.</summary>
    public required ResponseRate ResponseRate { get; init; }

    /// <summary>Scores per channel.</summary>
    public required IReadOnlyList<SegmentScores> ByChannel { get; init; }

    /// <summary>Scores per language.</summary>
    public required IReadOnlyList<SegmentScores> ByLanguage { get; init; }

    /// <summary>Escalations created in the range.</summary>
    public required int Escalations { get; init; }

    /// <summary>Escalations per reason.</summary>
    public required IReadOnlyList<ReasonCount> EscalationsByReason { get; init; }

    /// <summary>Time to claim vs SLA, overall (<c>All</c>) then per priority.</summary>
    public required IReadOnlyList<ClaimTimeRow> TimeToClaim { get; init; }

    /// <summary>Retention outcomes.</summary>
    public required RetentionSummary Retention { get; init; }

    /// <summary>Aspects of negative feedback, with example comments.</summary>
    public required IReadOnlyList<AspectInsight> NegativeAspects { get; init; }
}
