using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Insights;

/// <summary>Resolved escalations with one outcome.</summary>
/// <param name="Outcome">How they ended.</param>
/// <param name="Count">How many.</param>
/// <param name="Saved">Whether this outcome counts as a saved customer (<see cref="RetentionMetrics.IsSaved"/>).</param>
public sealed record OutcomeCount(EscalationOutcome Outcome, int Count, bool Saved);
