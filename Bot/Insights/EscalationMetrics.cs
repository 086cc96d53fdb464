using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Insights;

/// <summary>Escalation figures: how many per reason, and how fast they were claimed against their SLA.</summary>
public static class EscalationMetrics
{
    /// <summary>Name of the row over every priority.</summary>
    public const string AllPriorities = "All";

    /// <summary>Escalations per reason (a case with two reasons counts under both), most frequent first, then by
    /// reason code; reasons nobody had are left out.</summary>
    public static IReadOnlyList<ReasonCount> ByReason(IEnumerable<EscalationCase> escalations)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        return escalations
            .SelectMany(e => e.Request.Decision.Reasons.Distinct())
            .GroupBy(r => r)
            .Select(g => new ReasonCount(g.Key, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Reason)
            .ToList();
    }

    /// <summary>Time to claim over every escalation, then per priority (most urgent first, only priorities present).</summary>
    public static IReadOnlyList<ClaimTimeRow> ClaimTimes(IEnumerable<EscalationCase> escalations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        var list = escalations.ToList();
        var rows = new List<ClaimTimeRow> { ClaimTime(AllPriorities, list, now) };
        rows.AddRange(list.GroupBy(e => e.Request.Decision.Priority)
            .OrderByDescending(g => g.Key)
            .Select(g => ClaimTime(g.Key.ToString(), g.ToList(), now)));
        return rows;
    }

    /// <summary>Time to claim of <paramref name="escalations"/>, labelled <paramref name="priority"/>.</summary>
    public static ClaimTimeRow ClaimTime(string priority, IReadOnlyCollection<EscalationCase> escalations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        var claimed = escalations.Where(e => e.ClaimedAt is not null).ToList();
        var minutes = claimed.Select(e => (decimal)(e.ClaimedAt!.Value - e.CreatedAt).TotalMinutes).ToList();
        var allowances = escalations.Select(e => (decimal)(e.SlaDueAt - e.CreatedAt).TotalMinutes).ToList();
        var withinSla = claimed.Count(e => e.ClaimedAt <= e.SlaDueAt);
        var unclaimedPastSla = escalations.Count(e => e.ClaimedAt is null && (e.SlaBreachedAt is not null || (e.IsOpen && e.SlaDueAt <= now)));
        return new ClaimTimeRow(
            priority, claimed.Count, RoundMinutes(Median(minutes)), RoundMinutes(NearestRank(minutes, 90)), RoundMinutes(Median(allowances)),
            Percent.Of(withinSla, claimed.Count), unclaimedPastSla);
    }

    /// <summary>The median (the mean of the two middle values for an even count); null when empty.</summary>
    public static decimal? Median(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The <paramref name="percentile"/>th percentile by nearest rank: the ⌈p/100 × n⌉-th smallest value; null when empty.</summary>
    public static decimal? NearestRank(IEnumerable<decimal> values, int percentile)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percentile * sorted.Count / 100m);
        return sorted[Math.Max(rank, 1) - 1];
    }

    private static decimal? RoundMinutes(decimal? minutes) => minutes is { } m ? Percent.Round(m) : null;
}
