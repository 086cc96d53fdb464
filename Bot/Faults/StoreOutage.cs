using Microsoft.Data.Sqlite;
using StackExchange.Redis;

namespace SupportBot.Bot.Faults;

/// <summary>Tells a store being unreachable (Redis down, restarting or too slow) from a bug: the first gets a polite
/// "try again in a moment" or a 503, never the error handler's "something went wrong, I restarted our conversation".</summary>
public static class StoreOutage
{
    /// <summary>Whether <paramref name="exception"/>, or one it wraps, says a store could not be reached in time.</summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RedisConnectionException or RedisTimeoutException:
                case RedisServerException server when server.Message.StartsWith("LOADING", StringComparison.Ordinal): // restarting, reading its data back
                case SqliteException { SqliteErrorCode: 5 or 6 or 10 or 14 }: // busy, locked, I/O error, cannot open
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }
}
