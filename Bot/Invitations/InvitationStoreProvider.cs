namespace SupportBot.Bot.Invitations;

/// <summary>Where the invitation schedule and the customers' conversation references live.</summary>
public enum InvitationStoreProvider
{
    /// <summary>An embedded SQLite file (default; one instance, or several on one file).</summary>
    Sqlite,

    /// <summary>The shared Redis server (several instances).</summary>
    Redis,
}
