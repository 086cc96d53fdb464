namespace SupportBot.Bot.Escalation;

/// <summary>What happened to an escalation.</summary>
public enum EscalationNotificationKind
{
    /// <summary>A new escalation is waiting.</summary>
    Created,

    /// <summary>Its status or details changed (claimed, live, resolved, callback, …).</summary>
    Changed,

    /// <summary>A chat line was added.</summary>
    Message,

    /// <summary>It passed its SLA unclaimed: re-notify and alert a supervisor.</summary>
    SlaBreached,
}
