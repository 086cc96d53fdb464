namespace SupportBot.Bot.Insights;

/// <summary>How fast escalations were claimed, against their SLA. Minutes, one decimal.</summary>
/// <param name="Priority">The priority (name), or <c>All</c>.</param>
/// <param name="Claimed">Escalations claimed.</param>
/// <param name="MedianMinutes">Median time from creation to claim; null when none was claimed.</param>
/// <param name="P90Minutes">90th percentile (nearest rank) of the same; null when none was claimed.</param>
/// <param name="SlaMinutes">Median SLA allowance (due time − creation) of the escalations; null when there are none.</param>
/// <param name="WithinSlaPercent">Claimed at or before their SLA due time, % of those claimed.</param>
/// <param name="UnclaimedPastSla">Not claimed and already past their SLA due time.</param>
public sealed record ClaimTimeRow(
    string Priority, int Claimed, decimal? MedianMinutes, decimal? P90Minutes, decimal? SlaMinutes, decimal? WithinSlaPercent, int UnclaimedPastSla);
