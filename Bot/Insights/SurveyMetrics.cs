using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Insights;

/// <summary>Survey figures over records: responses, the NPS/CSAT% trend, per-segment scores and the response rate.</summary>
public static class SurveyMetrics
{
    /// <summary>Whether a record has at least one score (it counts as a response).</summary>
    public static bool IsResponse(SurveyRecord record) => record is not null && (record.Csat is not null || record.Nps is not null);

    /// <summary>NPS and CSAT% per bucket of <paramref name="size"/>, every bucket of the range present (empty ones with
    /// null scores). A record belongs to the bucket its start falls in, in <paramref name="zone"/>.</summary>
    public static IReadOnlyList<TrendPoint> Trend(IEnumerable<SurveyRecord> records, DateOnly from, DateOnly to, TimeZoneInfo zone, BucketSize size)
    {
        ArgumentNullException.ThrowIfNull(records);
        var byBucket = records.Where(IsResponse).ToLookup(r => TimeBuckets.BucketOf(r.StartedAt, zone, size));
        return TimeBuckets.Between(from, to, size).Select(bucket =>
        {
            var inBucket = byBucket[bucket].ToList();
            return new TrendPoint(bucket, inBucket.Count, Nps(inBucket), Csat(inBucket));
        }).ToList();
    }

    /// <summary>Scores per key (channel or language), most responses first, then by key.</summary>
    public static IReadOnlyList<SegmentScores> BySegment(IEnumerable<SurveyRecord> records, Func<SurveyRecord, string> key)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(key);
        return records.Where(IsResponse)
            .GroupBy(key, StringComparer.Ordinal)
            .Select(g => new SegmentScores(g.Key, g.Count(), Nps(g), Csat(g)))
            .OrderByDescending(s => s.Responses).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Completed / started surveys and, when <paramref name="invitations"/> is not null, answered / sent
    /// first invitations (reminders counted apart).</summary>
    public static ResponseRate Rate(IEnumerable<SurveyRecord> records, IEnumerable<InvitationFact>? invitations)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        var completed = list.Count(r => r.Status == SurveyStatus.Completed);
        if (invitations is null)
        {
            return new ResponseRate(list.Count, completed, Percent.Of(completed, list.Count), null, null, null, null);
        }

        var sent = invitations.ToList();
        var first = sent.Where(i => !i.IsReminder).ToList();
        var answered = first.Count(i => i.Answered);
        return new ResponseRate(
            list.Count, completed, Percent.Of(completed, list.Count), first.Count, answered, Percent.Of(answered, first.Count), sent.Count - first.Count);
    }

    /// <summary>NPS of the records that answered NPS.</summary>
    public static decimal? Nps(IEnumerable<SurveyRecord> records) => ScoreMetrics.Nps(records.Where(r => r.Nps is not null).Select(r => r.Nps!.Value));

    /// <summary>CSAT% of the records that answered CSAT.</summary>
    public static decimal? Csat(IEnumerable<SurveyRecord> records) => ScoreMetrics.CsatPercent(records.Where(r => r.Csat is not null).Select(r => r.Csat!.Value));
}
