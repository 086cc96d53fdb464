using System.Text;
using StackExchange.Redis;

namespace SupportBot.Bot.Storage;

/// <summary>A sorted set of record ids scored by a time (Unix milliseconds), kept by a store on every save, so reports
/// read a date range with one <c>ZRANGEBYSCORE</c>. Records saved before the index existed are added once, the first
/// time a range is read, by scanning the store's own keys; a marker key then says the index is complete.</summary>
public sealed class RedisTimeIndex(IConnectionMultiplexer redis, RedisKey indexKey)
{
    private const int PageSize = 500;
    private volatile bool _complete;

    /// <summary>The sorted set.</summary>
    public RedisKey Key => indexKey;

    /// <summary>The ids scored in [<paramref name="from"/>, <paramref name="to"/>), oldest first; before the first read,
    /// <paramref name="backfillAsync"/> adds what was stored before the index existed.</summary>
    public async Task<RedisValue[]> RangeAsync(
        DateTimeOffset from, DateTimeOffset to, Func<IDatabase, CancellationToken, Task> backfillAsync, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backfillAsync);
        cancellationToken.ThrowIfCancellationRequested();
        var database = redis.GetDatabase();
        if (!_complete)
        {
            RedisKey marker = indexKey.Append(":complete");
            if (!await database.KeyExistsAsync(marker))
            {
                await backfillAsync(database, cancellationToken);
                await database.StringSetAsync(marker, 1);
            }

            _complete = true;
        }

        return await database.SortedSetRangeByScoreAsync(
            indexKey, from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), Exclude.Stop, Order.Ascending);
    }

    /// <summary>Every key that starts with <paramref name="prefix"/>, on every primary server (SCAN, a page at a time).</summary>
    public async IAsyncEnumerable<RedisKey[]> ScanAsync(string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var pattern = Escape(prefix) + "*";
        foreach (var server in redis.GetServers().Where(s => !s.IsReplica))
        {
            var page = new List<RedisKey>(PageSize);
            await foreach (var key in server.KeysAsync(pattern: pattern, pageSize: PageSize).WithCancellation(cancellationToken))
            {
                page.Add(key);
                if (page.Count == PageSize)
                {
                    yield return [.. page];
                    page.Clear();
                }
            }

            if (page.Count > 0)
            {
                yield return [.. page];
            }
        }
    }

    // A key prefix is configuration: its glob characters must match themselves.
    private static string Escape(string prefix)
    {
        var escaped = new StringBuilder(prefix.Length);
        foreach (var c in prefix)
        {
            if (c is '*' or '?' or '[' or ']' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
