namespace SupportBot.Dialogs.Escalation;

/// <summary>State of <see cref="HandoffDialog"/>.</summary>
public sealed class HandoffState
{
    /// <summary>The escalation, once queued (or given by the dialog that escalated).</summary>
    public string? EscalationId { get; set; }

    /// <summary>The phone or e-mail the customer gave for a callback.</summary>
    public string? Contact { get; set; }
}
