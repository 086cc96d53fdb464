using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Escalation;

/// <summary>Escalations in Redis, for several bot instances. One hash per escalation (version, status, JSON), a set of
/// open ids, a sorted set of the waiting ids in queue order (a customer's place is one <c>ZRANK</c>), a sorted set of every
/// id by creation time (reports read a date range), one key per conversation pointing at its open escalation, and one list per escalation for the live chat.
/// Every change runs as one Lua script that compares the version first, so it is atomic across instances: of two
/// agents claiming at once exactly one wins, and a change is either wholly stored or not at all. The keys share the hash
/// tag <c>{queue}</c>, so the script also runs on a clustered Redis (one slot).</summary>
public sealed class RedisEscalationStore(IConnectionMultiplexer redis, IOptions<StateOptions> options) : IEscalationStore
{
    // KEYS: case hash, open set, conversation key, waiting sorted set, created sorted set. ARGV: id, expected version
    // (0 = create), status, is open, json, is waiting, queue score, creation time (Unix ms).
    private const string ReplaceScript = """
        local current = redis.call('HGET', KEYS[1], 'version')
        if ARGV[2] == '0' then
          if current then return -1 end
        elseif current ~= ARGV[2] then
          return 0
        end
        local next = tonumber(ARGV[2]) + 1
        redis.call('HSET', KEYS[1], 'version', next, 'status', ARGV[3], 'json', ARGV[5])
        if ARGV[4] == '1' then
          redis.call('SADD', KEYS[2], ARGV[1])
          local owner = redis.call('GET', KEYS[3])
          if not owner or owner == ARGV[1] or redis.call('SISMEMBER', KEYS[2], owner) == 0 then
            redis.call('SET', KEYS[3], ARGV[1])
          end
        else
          redis.call('SREM', KEYS[2], ARGV[1])
          if redis.call('GET', KEYS[3]) == ARGV[1] then redis.call('DEL', KEYS[3]) end
        end
        if ARGV[6] == '1' then
          redis.call('ZADD', KEYS[4], ARGV[7], ARGV[1])
        else
          redis.call('ZREM', KEYS[4], ARGV[1])
        end
        redis.call('ZADD', KEYS[5], ARGV[8], ARGV[1])
        return next
        """;

    private static readonly RedisValue[] CaseFields = ["json", "version"];

    private const int ReadBatch = 500;

    private readonly string _prefix = (options ?? throw new ArgumentNullException(nameof(options))).Value.KeyPrefix + "escalation:{queue}:";

    private RedisTimeIndex? _created;

    /// <inheritdoc />
    public async Task AddAsync(EscalationCase escalation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        escalation.Version = 1;
        if (await RunReplaceAsync(escalation, 0, cancellationToken) != 1)
        {
            throw new InvalidOperationException($"Escalation {escalation.Id} already exists.");
        }
    }

    /// <inheritdoc />
    public async Task<EscalationCase?> GetAsync(string id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ToCase(await Database.HashGetAsync(CaseKey(id), CaseFields));
    }

    /// <inheritdoc />
    public async Task<bool> TryReplaceAsync(EscalationCase escalation, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        escalation.Version = expectedVersion + 1;
        if (await RunReplaceAsync(escalation, expectedVersion, cancellationToken) == expectedVersion + 1)
        {
            return true;
        }

        escalation.Version = expectedVersion;
        return false;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EscalationCase>> ListOpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ids = await Database.SetMembersAsync(OpenKey);

        // One batch for every case: a round trip per open case made each escalation slower as the queue grew.
        var batch = Database.CreateBatch();
        var reads = Array.ConvertAll(ids, id => batch.HashGetAsync(CaseKey(id.ToString()), CaseFields));
        batch.Execute();
        var cases = new List<EscalationCase>(ids.Length);
        foreach (var fields in await Task.WhenAll(reads).WaitAsync(cancellationToken))
        {
            if (ToCase(fields) is { IsOpen: true } escalation)
            {
                cases.Add(escalation);
            }
        }

        return cases.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<int?> WaitingPositionAsync(string id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await Database.SortedSetRankAsync(WaitingKey, id) is { } rank)
        {
            return (int)rank + 1;
        }

        // Not in the sorted set: not waiting, or stored before the set existed (read the queue the long way).
        return QueueOrder.WaitingPosition(await ListOpenAsync(cancellationToken), id);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EscalationCase>> ListCreatedBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken)
    {
        var ids = await Created.RangeAsync(startInclusive, endExclusive, BackfillCreatedAsync, cancellationToken);
        var cases = new List<EscalationCase>(ids.Length);
        foreach (var chunk in ids.Chunk(ReadBatch))
        {
            var batch = Database.CreateBatch();
            var reads = Array.ConvertAll(chunk, id => batch.HashGetAsync(CaseKey(id.ToString()), CaseFields));
            batch.Execute();
            foreach (var fields in await Task.WhenAll(reads).WaitAsync(cancellationToken))
            {
                if (ToCase(fields) is { } escalation && escalation.CreatedAt >= startInclusive && escalation.CreatedAt < endExclusive)
                {
                    cases.Add(escalation);
                }
            }
        }

        return cases.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<EscalationCase?> FindOpenByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var id = await Database.StringGetAsync(ConversationKey(conversationId));
        return id.IsNullOrEmpty ? null : await GetAsync(id.ToString(), cancellationToken) is { IsOpen: true } open ? open : null;
    }

    /// <inheritdoc />
    public async Task<TranscriptEntry> AppendMessageAsync(string id, TranscriptEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        var length = await Database.ListRightPushAsync(MessagesKey(id), RecordJson.Serialize(entry));
        return entry with { Sequence = length };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranscriptEntry>> GetMessagesAsync(string id, long afterSequence, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var values = await Database.ListRangeAsync(MessagesKey(id), Math.Max(0, afterSequence));
        return values.Select((v, i) => RecordJson.Deserialize<TranscriptEntry>(v.ToString()) with { Sequence = Math.Max(0, afterSequence) + i + 1 }).ToList();
    }

    private async Task<long> RunReplaceAsync(EscalationCase escalation, long expectedVersion, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = await Database.ScriptEvaluateAsync(
            ReplaceScript,
            [CaseKey(escalation.Id), OpenKey, ConversationKey(escalation.Request.ConversationId), WaitingKey, Created.Key],
            [
                escalation.Id, expectedVersion, escalation.Status.ToString(), escalation.IsOpen ? 1 : 0, RecordJson.Serialize(escalation),
                escalation.Status == EscalationStatus.Waiting ? 1 : 0, QueueOrder.Score(escalation), escalation.CreatedAt.ToUnixTimeMilliseconds(),
            ]);
        return (long)result;
    }

    private static EscalationCase? ToCase(RedisValue[] fields)
    {
        if (fields[0].IsNullOrEmpty)
        {
            return null;
        }

        var escalation = RecordJson.Deserialize<EscalationCase>(fields[0].ToString());
        escalation.Version = (long)fields[1];
        return escalation;
    }

    // Cases stored before the creation-time index existed: read each case hash once and index it.
    private async Task BackfillCreatedAsync(IDatabase database, CancellationToken cancellationToken)
    {
        await foreach (var keys in Created.ScanAsync(_prefix + "case:", cancellationToken))
        {
            var batch = database.CreateBatch();
            var reads = Array.ConvertAll(keys, key => batch.HashGetAsync(key, CaseFields));
            batch.Execute();
            var entries = (await Task.WhenAll(reads).WaitAsync(cancellationToken))
                .Select(ToCase)
                .OfType<EscalationCase>()
                .Select(c => new SortedSetEntry(c.Id, c.CreatedAt.ToUnixTimeMilliseconds()))
                .ToArray();
            if (entries.Length > 0)
            {
                await database.SortedSetAddAsync(Created.Key, entries);
            }
        }
    }

    private RedisTimeIndex Created => _created ??= new RedisTimeIndex(redis, _prefix + "created");

    private IDatabase Database => redis.GetDatabase();

    private RedisKey OpenKey => _prefix + "open";

    private RedisKey WaitingKey => _prefix + "waiting";

    private RedisKey CaseKey(string id) => _prefix + "case:" + id;

    private RedisKey ConversationKey(string conversationId) => _prefix + "conversation:" + conversationId;

    private RedisKey MessagesKey(string id) => _prefix + "messages:" + id;
}
