using StackExchange.Redis;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Faults;

/// <summary>Bounds every Redis call: a connection that is down fails commands at once (no backlog waiting for it to come
/// back), a slow server times out after <see cref="RedisOptions.OperationTimeout"/>, and reconnection is tried often.</summary>
public static class RedisTimeouts
{
    /// <summary>Applies the bounds of <paramref name="redis"/> to <paramref name="options"/>.</summary>
    public static void Apply(ConfigurationOptions options, RedisOptions redis)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(redis);
        var timeout = (int)Math.Clamp(redis.OperationTimeout.TotalMilliseconds, 100, 60_000);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = timeout;
        options.SyncTimeout = timeout;
        options.AsyncTimeout = timeout;
        options.ConnectRetry = 1;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry((int)Math.Clamp(redis.ReconnectInterval.TotalMilliseconds, 50, 60_000));
    }
}
