using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Surveys;

/// <summary>Survey records in Redis, for several bot instances: one JSON string per record, a sorted set of record ids per
/// customer (by start time) and one consent key per customer. Record and index are written by one script (atomically).</summary>
public sealed class RedisSurveyStore(IConnectionMultiplexer redis, IOptions<StateOptions> options) : ISurveyStore
{
    // KEYS[1] = record, KEYS[2] = the customer's index; ARGV = record JSON, start time (ms), record id. One script
    // rather than MULTI/SET/ZADD/EXEC: atomic all the same, one command instead of five on every survey answer.
    private const string SaveScript = """
        redis.call('SET', KEYS[1], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
        return 1
        """;

    private readonly string _prefix = (options ?? throw new ArgumentNullException(nameof(options))).Value.KeyPrefix + "survey:";

    /// <inheritdoc />
    public async Task SaveAsync(SurveyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        var saved = await Database.ScriptEvaluateAsync(
            SaveScript,
            [RecordKey(record.Id), CustomerKey(record.CustomerId)],
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

    private IDatabase Database => redis.GetDatabase();

    private string RecordKey(string id) => _prefix + "record:" + id;

    private string CustomerKey(string customerId) => _prefix + "customer:" + customerId;

    private string ConsentKey(string customerId) => _prefix + "optout:" + customerId;
}
