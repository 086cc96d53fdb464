namespace SupportBot.Bot.Escalation;

/// <summary>How a requested change to an escalation went.</summary>
public enum EscalationChangeStatus
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>No such escalation.</summary>
    NotFound,

    /// <summary>Not allowed from where it stands (e.g. claiming one another agent already claimed).</summary>
    NotAllowed,
}
