namespace SupportBot.Bot.Storage;

/// <summary>The shared Redis server (section "Redis"). Used by every feature that is configured for Redis.</summary>
public sealed class RedisOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis connection string, e.g. <c>localhost:6379</c> or
    /// <c>name.redis.cache.windows.net:6380,password=...,ssl=True</c>. Empty means Redis is not configured.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether a connection string is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);
}
