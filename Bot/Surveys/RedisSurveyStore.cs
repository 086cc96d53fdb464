using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Surveys;

/// <summary>Survey records in Redis, for several bot instances: one JSON string per record, a sorted set of record ids per
/// customer (by start time), one sorted set of every record id by start time (for reports) and one consent key per
/// customer. Record and indexes are written by one script (atomically).</summary>
public sealed class RedisSurveyStore : ISurveyStore
{
    // KEYS[1] = record, KEYS[2] = the customer's index, KEYS[3] = every record by start time; ARGV = record JSON,
    // start time (ms), record id. One script rather than MULTI/SET/ZADD/ZADD/EXEC: atomic all the same, one command
    // instead of six on every survey answer.
    private const string SaveScript = """
        redis.call('SET', KEYS[1], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
        redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
        return 1
        """;

    private const int ReadBatch = 500;
    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;
    private readonly RedisTimeIndex _started;

    /// <summary>Creates the store under <c>State:KeyPrefix</c> + <c>survey:</c>.</summary>
    public RedisSurveyStore(IConnectionMultiplexer redis, IOptions<StateOptions> options)
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        _prefix = (options ?? throw new ArgumentNullException(nameof(options))).Value.KeyPrefix + "survey:";
        _started = new RedisTimeIndex(redis, _prefix + "started");
    }

    /// <inheritdoc />
    public async Task SaveAsync(SurveyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        var saved = await Database.ScriptEvaluateAsync(
            SaveScript,
            [RecordKey(record.Id), CustomerKey(record.CustomerId), _started.Key],
            [RecordJson.Serialize(record), record.StartedAt.ToUnixTimeMilliseconds(), record.Id]);
        if ((int)saved != 1)
        {
            throw new InvalidOperationException($"Redis did not commit survey record {record.Id}.");
        }
    }

    /// <inheritdoc />
    public async Task<SurveyRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = await Database.StringGetAsync(RecordKey(id));
        return json.IsNullOrEmpty ? null : RecordJson.Deserialize<SurveyRecord>(json.ToString());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SurveyRecord>> ListByCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ids = await Database.SortedSetRangeByRankAsync(CustomerKey(customerId), order: Order.Descending);
        if (ids.Length == 0)
        {
            return [];
        }

        var values = await Database.StringGetAsync(ids.Select(id => (RedisKey)RecordKey(id.ToString())).ToArray());
        return values.Where(v => !v.IsNullOrEmpty).Select(v => RecordJson.Deserialize<SurveyRecord>(v.ToString())).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SurveyRecord>> ListStartedBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken)
    {
        var ids = await _started.RangeAsync(startInclusive, endExclusive, BackfillAsync, cancellationToken);
        var records = new List<SurveyRecord>(ids.Length);
        foreach (var chunk in ids.Chunk(ReadBatch))
        {
            var values = await Database.StringGetAsync(Array.ConvertAll(chunk, id => (RedisKey)RecordKey(id.ToString()))).WaitAsync(cancellationToken);
            records.AddRange(values.Where(v => !v.IsNullOrEmpty).Select(v => RecordJson.Deserialize<SurveyRecord>(v.ToString())));
        }

        return records.Where(r => r.StartedAt >= startInclusive && r.StartedAt < endExclusive)
            .OrderBy(r => r.StartedAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> IsOptedOutAsync(string customerId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await Database.KeyExistsAsync(ConsentKey(customerId));
    }

    /// <inheritdoc />
    public async Task SetOptedOutAsync(string customerId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (optedOut)
        {
            await Database.StringSetAsync(ConsentKey(customerId), at.ToUnixTimeMilliseconds());
        }
        else
        {
            await Database.KeyDeleteAsync(ConsentKey(customerId));
        }
    }

    // Records saved before the start-time index existed are in their customer's sorted set, scored by the same time.
    private async Task BackfillAsync(IDatabase database, CancellationToken cancellationToken)
    {
        await foreach (var keys in _started.ScanAsync(_prefix + "customer:", cancellationToken))
        {
            foreach (var key in keys)
            {
                var entries = await database.SortedSetRangeByRankWithScoresAsync(key);
                if (entries.Length > 0)
                {
                    await database.SortedSetAddAsync(_started.Key, entries);
                }
            }
        }
    }

    private IDatabase Database => _redis.GetDatabase();

    private string RecordKey(string id) => _prefix + "record:" + id;

    private string CustomerKey(string customerId) => _prefix + "customer:" + customerId;

    private string ConsentKey(string customerId) => _prefix + "optout:" + customerId;
}
