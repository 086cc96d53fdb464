using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SupportBot.Bot.Storage;

/// <summary>Bot state in Redis, shared by every instance of the bot; see <see cref="JsonStorage"/> for the rules.
/// Each item is a hash <c>{etag, data}</c> under <see cref="StateOptions.KeyPrefix"/> + key; a conditional write is
/// one Lua script (check the ETag, then set, then expire), so two instances saving the same conversation cannot both
/// win.</summary>
public sealed class RedisStorage : JsonStorage
{
    // KEYS[1] = key; ARGV = conditional ("1"/"0"), expected etag, new etag, data, time to live in ms ("0" = none).
    // HGET gives false for a missing key, which passes the check: a deleted item may be written again.
    private const string WriteScript = """
        if ARGV[1] == '1' then
          local current = redis.call('HGET', KEYS[1], 'etag')
          if current and current ~= ARGV[2] then
            return 0
          end
        end
        redis.call('HSET', KEYS[1], 'etag', ARGV[3], 'data', ARGV[4])
        local ttl = tonumber(ARGV[5])
        if ttl > 0 then
          redis.call('PEXPIRE', KEYS[1], ttl)
        else
          redis.call('PERSIST', KEYS[1])
        end
        return 1
        """;

    private static readonly RedisValue[] Fields = ["etag", "data"];

    private readonly IConnectionMultiplexer _redis;
    private readonly string _keyPrefix;

    /// <summary>Creates the storage.</summary>
    /// <param name="redis">The connection to Redis.</param>
    /// <param name="serializer">The serializer with the allow-list of persisted types.</param>
    /// <param name="options">The state options; <see cref="StateOptions.KeyPrefix"/> and
    /// <see cref="StateOptions.TimeToLive"/> are honoured.</param>
    public RedisStorage(IConnectionMultiplexer redis, StateSerializer serializer, IOptions<StateOptions> options)
        : base(serializer, (options ?? throw new ArgumentNullException(nameof(options))).Value.TimeToLive)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _keyPrefix = options.Value.KeyPrefix;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<string, StoredEntry>> ReadRawAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // One batch: every HMGET goes out in a single write to the socket.
        var batch = _redis.GetDatabase().CreateBatch();
        var reads = new Task<RedisValue[]>[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            reads[i] = batch.HashGetAsync(RedisKeyOf(keys[i]), Fields);
        }

        batch.Execute();
        var values = await Task.WhenAll(reads).WaitAsync(cancellationToken);

        var found = new Dictionary<string, StoredEntry>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            var (etag, data) = (values[i][0], values[i][1]);
            if (!etag.IsNull && !data.IsNull)
            {
                found[keys[i]] = new StoredEntry(data.ToString(), etag.ToString());
            }
        }

        return found;
    }

    /// <inheritdoc />
    protected override async Task<bool> TryWriteRawAsync(
        string key, string? expectedETag, string newETag, string json, TimeSpan? timeToLive, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var timeToLiveMs = timeToLive is { } period ? Math.Max(1L, (long)Math.Ceiling(period.TotalMilliseconds)) : 0L;
        var result = await _redis.GetDatabase().ScriptEvaluateAsync(
            WriteScript,
            [RedisKeyOf(key)],
            [expectedETag is null ? "0" : "1", expectedETag ?? string.Empty, newETag, json, timeToLiveMs]);
        return (int)result == 1;
    }

    /// <inheritdoc />
    protected override async Task DeleteRawAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _redis.GetDatabase().KeyDeleteAsync([.. keys.Select(RedisKeyOf)]);
    }

    private RedisKey RedisKeyOf(string key) => _keyPrefix + key;
}
