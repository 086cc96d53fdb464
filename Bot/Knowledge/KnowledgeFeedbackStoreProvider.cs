namespace SupportBot.Bot.Knowledge;

/// <summary>Where knowledge-base feedback is kept.</summary>
public enum KnowledgeFeedbackStoreProvider
{
    /// <summary>The embedded SQLite file: survives restarts (one instance).</summary>
    Sqlite,

    /// <summary>Process memory: lost on restart (tests, demos).</summary>
    Memory,

    /// <summary>Redis (several instances; needs <c>Redis:ConnectionString</c>).</summary>
    Redis,
}
