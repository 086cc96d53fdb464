using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Escalation;

/// <summary>Escalations in Redis, for several bot instances. One hash per escalation (version, status, JSON), a set of
/// open ids, a sorted set of the waiting ids in queue order (a customer's place is one <c>ZRANK</c>), a sorted set of every
/// id by creation time (reports read a date range), a sorted set of the open ids by creation time (the monitor reads only
/// escalations old enough to be due), one key per conversation pointing at its open escalation, and one list per escalation for the live chat.
/// Every change runs as one Lua script that compares the version first, so it is atomic across instances: of two
/// agents claiming at once exactly one wins, and a change is either wholly stored or not at all. The keys share the hash
/// tag <c>{queue}</c>, so the script also runs on a clustered Redis (one slot).</summary>
public sealed class RedisEscalationStore(IConnectionMultiplexer redis, IOptions<StateOptions> options) : IEscalationStore
{
    // KEYS: case hash, open set, conversation key, waiting sorted set, created sorted set, open-by-creation sorted set. ARGV: id, expected version
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
          redis.call('ZADD', KEYS[6], ARGV[8], ARGV[1])
          local owner = redis.call('GET', KEYS[3])
          if not owner or owner == ARGV[1] or redis.call('SISMEMBER', KEYS[2], owner) == 0 then
            redis.call('SET', KEYS[3], ARGV[1])
          end
        else
          redis.call('SREM', KEYS[2], ARGV[1])
          redis.call('ZREM', KEYS[6], ARGV[1])
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

    private RedisTimeIndex? _openCreated;

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

        // Batches of reads: a round trip per open case made each escalation slower as the queue grew.
        return await ReadCasesAsync(await Database.SetMembersAsync(OpenKey), c => c.IsOpen, cancellationToken);
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
    public async Task<IReadOnlyList<EscalationCase>> ListOpenCreatedUntilAsync(DateTimeOffset createdAtOrBefore, CancellationToken cancellationToken)
    {
        // The index is scored in whole milliseconds: read up to the next one, then compare exactly.
        var ids = await OpenCreated.RangeAsync(DateTimeOffset.UnixEpoch, createdAtOrBefore.AddMilliseconds(1), BackfillOpenCreatedAsync, cancellationToken);
        return await ReadCasesAsync(ids, c => c.IsOpen && c.CreatedAt <= createdAtOrBefore, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EscalationCase>> ListCreatedBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken)
    {
        var ids = await Created.RangeAsync(startInclusive, endExclusive, BackfillCreatedAsync, cancellationToken);
        return await ReadCasesAsync(ids, c => c.CreatedAt >= startInclusive && c.CreatedAt < endExclusive, cancellationToken);
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
            [CaseKey(escalation.Id), OpenKey, ConversationKey(escalation.Request.ConversationId), WaitingKey, Created.Key, OpenCreated.Key],
            [
                escalation.Id, expectedVersion, escalation.Status.ToString(), escalation.IsOpen ? 1 : 0, RecordJson.Serialize(escalation),
                escalation.Status == EscalationStatus.Waiting ? 1 : 0, QueueOrder.Score(escalation), escalation.CreatedAt.ToUnixTimeMilliseconds(),
            ]);
        return (long)result;
    }

    // The cases of the ids (a batch of reads per chunk) that pass the filter, oldest first.
    private async Task<IReadOnlyList<EscalationCase>> ReadCasesAsync(RedisValue[] ids, Func<EscalationCase, bool> keep, CancellationToken cancellationToken)
    {
        var cases = new List<EscalationCase>(ids.Length);
        foreach (var chunk in ids.Chunk(ReadBatch))
        {
            var batch = Database.CreateBatch();
            var reads = Array.ConvertAll(chunk, id => batch.HashGetAsync(CaseKey(id.ToString()), CaseFields));
            batch.Execute();
            foreach (var fields in await Task.WhenAll(reads).WaitAsync(cancellationToken))
            {
                if (ToCase(fields) is { } escalation && keep(escalation))
                {
                    cases.Add(escalation);
                }
            }
        }

        return cases.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
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

    // Open cases stored before the open-by-creation index existed: the open set names them.
    private async Task BackfillOpenCreatedAsync(IDatabase database, CancellationToken cancellationToken)
    {
        var open = await ListOpenAsync(cancellationToken);
        if (open.Count > 0)
        {
            await database.SortedSetAddAsync(OpenCreated.Key, [.. open.Select(c => new SortedSetEntry(c.Id, c.CreatedAt.ToUnixTimeMilliseconds()))]);
        }
    }

    private RedisTimeIndex Created => _created ??= new RedisTimeIndex(redis, _prefix + "created");

    private RedisTimeIndex OpenCreated => _openCreated ??= new RedisTimeIndex(redis, _prefix + "open-created");

    private IDatabase Database => redis.GetDatabase();

    private RedisKey OpenKey => _prefix + "open";

    private RedisKey WaitingKey => _prefix + "waiting";

    private RedisKey CaseKey(string id) => _prefix + "case:" + id;

    private RedisKey ConversationKey(string conversationId) => _prefix + "conversation:" + conversationId;

    private RedisKey MessagesKey(string id) => _prefix + "messages:" + id;
}
