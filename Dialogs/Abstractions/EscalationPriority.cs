namespace SupportBot.Dialogs.Abstractions;

/// <summary>How fast a person should step in. Persisted by name.</summary>
public enum EscalationPriority
{
    /// <summary>Review when possible (e.g. a score/text mismatch alone).</summary>
    Low,

    /// <summary>An unhappy customer.</summary>
    Normal,

    /// <summary>A very unhappy customer.</summary>
    High,

    /// <summary>A customer about to leave.</summary>
    Urgent,
}
