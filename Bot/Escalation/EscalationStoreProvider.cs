namespace SupportBot.Bot.Escalation;

/// <summary>Where escalations are kept.</summary>
public enum EscalationStoreProvider
{
    /// <summary>Embedded SQLite file (one instance; survives restarts).</summary>
    Sqlite,

    /// <summary>Redis (several instances).</summary>
    Redis,
}
