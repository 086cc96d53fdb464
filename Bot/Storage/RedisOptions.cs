using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>The shared Redis server (section "Redis"). Used by every feature that is configured for Redis.</summary>
public sealed class RedisOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis connection string, e.g. <c>localhost:6379</c> or
    /// <c>name.redis.cache.windows.net:6380,password=...,ssl=True</c>. Empty means Redis is not configured.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Longest wait for Redis: connecting, and each command (connect, sync and async timeouts). While the
    /// connection is down commands fail at once instead of queueing, so a turn never waits longer than this.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often a lost connection is tried again.</summary>
    public TimeSpan ReconnectInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether a connection string is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>Start-up check for a feature switched to Redis: fails, naming the keys to set, when Redis is not configured.</summary>
    /// <param name="usesRedis">Whether the feature is configured to use Redis.</param>
    /// <param name="setting">The feature's switch, e.g. "State:Provider".</param>
    /// <param name="alternative">The embedded choice to suggest instead, e.g. "Memory".</param>
    public ValidateOptionsResult Require(bool usesRedis, string setting, string alternative)
        => usesRedis && !IsConfigured
            ? ValidateOptionsResult.Fail(
                $"{setting} is Redis but {SectionName}:{nameof(ConnectionString)} is empty. Set {SectionName}:{nameof(ConnectionString)} " +
                $"(environment variable {SectionName}__{nameof(ConnectionString)}), or use {setting}={alternative}.")
            : ValidateOptionsResult.Success;
}
