namespace SupportBot.Bot.Orders;

/// <summary>Where the self-service action log is kept.</summary>
public enum SelfServiceLogStore
{
    /// <summary>The embedded SQLite file (one instance; survives restarts).</summary>
    Sqlite,

    /// <summary>Redis (several instances).</summary>
    Redis,
}
