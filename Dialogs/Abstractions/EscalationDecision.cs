namespace SupportBot.Dialogs.Abstractions;

/// <summary>What the escalation policy decided, and why.</summary>
/// <param name="Escalate">Whether a person should step in.</param>
/// <param name="Reasons">Every reason that applied (also when not escalating, e.g. a mismatch only flagged).</param>
/// <param name="Priority">How fast; meaningful when <paramref name="Escalate"/> is true.</param>
public sealed record EscalationDecision(bool Escalate, IReadOnlyList<EscalationReason> Reasons, EscalationPriority Priority)
{
    /// <summary>No reason to escalate.</summary>
    public static EscalationDecision None { get; } = new(false, [], EscalationPriority.Low);
}
