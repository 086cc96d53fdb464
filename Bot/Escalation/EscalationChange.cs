namespace SupportBot.Bot.Escalation;

/// <summary>The result of a change: how it went and the escalation as it now stands (null when not found).</summary>
/// <param name="Status">How it went.</param>
/// <param name="Escalation">The escalation after the change, or as it stood when the change was refused.</param>
public sealed record EscalationChange(EscalationChangeStatus Status, EscalationCase? Escalation)
{
    /// <summary>Whether the change was made.</summary>
    public bool Succeeded => Status == EscalationChangeStatus.Done;
}
