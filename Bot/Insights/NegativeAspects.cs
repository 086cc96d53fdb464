using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Insights;

/// <summary>Which aspects of the service negative feedback is about, with example comments.</summary>
public static class NegativeAspects
{
    /// <summary>Most example comments per aspect.</summary>
    public const int MaxExamples = 3;

    /// <summary>Highest CSAT that counts as a low score.</summary>
    public const int LowCsatMax = 2;

    /// <summary>Whether a record is negative feedback: its comment reads negative, or CSAT ≤ 2, or NPS ≤ 6 (a detractor).</summary>
    public static bool IsNegative(SurveyRecord record)
        => record is not null
            && (record.Sentiment?.Label == SentimentLabel.Negative || record.Csat <= LowCsatMax || record.Nps <= ScoreMetrics.DetractorMax);

    /// <summary>Per aspect, the negative records about it (most first, then by aspect) with up to three of their
    /// non-empty comments, newest first; aspects with none are left out.</summary>
    public static IReadOnlyList<AspectInsight> Top(IEnumerable<SurveyRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var negative = records.Where(IsNegative).ToList();
        return negative
            .SelectMany(r => r.Aspects.Distinct().Select(a => (Aspect: a, Record: r)))
            .GroupBy(x => x.Aspect)
            .Select(g => new AspectInsight(
                g.Key,
                g.Count(),
                g.Select(x => x.Record)
                    .Where(r => !string.IsNullOrWhiteSpace(r.Comment))
                    .OrderByDescending(r => r.StartedAt).ThenBy(r => r.Id, StringComparer.Ordinal)
                    .Take(MaxExamples)
                    .Select(r => r.Comment!.Trim())
                    .ToList()))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Aspect)
            .ToList();
    }
}
