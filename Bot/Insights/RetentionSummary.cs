namespace SupportBot.Bot.Insights;

/// <summary>How the retention team's cases ended.</summary>
/// <param name="Resolved">Escalations resolved with an outcome.</param>
/// <param name="Saved">Of them, saved (<see cref="RetentionMetrics.IsSaved"/>).</param>
/// <param name="SavedPercent">Saved / resolved, %; null when none resolved.</param>
/// <param name="WinBackScore">Mean answer (1–5, two decimals) to "did we solve your problem?" after the handoff; null when nobody answered.</param>
/// <param name="WinBackAnswers">How many answered it.</param>
/// <param name="Outcomes">Resolved escalations per outcome (every outcome, zeros included).</param>
public sealed record RetentionSummary(int Resolved, int Saved, decimal? SavedPercent, decimal? WinBackScore, int WinBackAnswers, IReadOnlyList<OutcomeCount> Outcomes);
