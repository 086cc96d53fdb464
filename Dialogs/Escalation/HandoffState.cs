namespace SupportBot.Dialogs.Escalation;

/// <summary>State of <see cref="HandoffDialog"/>.</summary>
public sealed class HandoffState
{
    /// <summary>The escalation, once queued (or given by the dialog that escalated).</summary>
    public string? EscalationId { get; set; }

    /// <summary>The customer asked for a person in words, so they are queued without being asked again; false when the bot
    /// offers one (after an unhelpful answer, a locked order) and after the menu button.</summary>
    public bool Requested { get; set; }

    /// <summary>The customer said they are leaving: the escalation carries <c>ChurnIntent</c> with the retention team's
    /// priority (<see cref="Survey.EscalationPolicy.ChurnPriority"/>).</summary>
    public bool Churn { get; set; }

    /// <summary>The phone or e-mail the customer gave for a callback.</summary>
    public string? Contact { get; set; }
}
