using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.DirectLine;

/// <summary>Conversations and logs in Redis, shared by every instance behind a load balancer. Per conversation
/// (keys share the hash tag <c>{id}</c>, so they live on one cluster slot):
/// <c>…directline:{id}:conv</c> a hash (user, name, locale, created, started, the watermark and id counters);
/// <c>…:log</c> a sorted set scored by watermark whose members are <c>watermark \n activityId \n json</c>;
/// <c>…:idx</c> a hash activityId → watermark. Appends are one Lua script (next watermark, replace, cap, expire),
/// so two instances never hand out the same watermark; then the conversation id is published on
/// <c>…directline:appended</c>, which every instance listens to (one subscription each) to wake its streams.</summary>
public sealed partial class RedisDirectLineStore : IDirectLineStore, IDisposable
{
    // KEYS: conv, log, idx. ARGV: activity id, json, replace ('1'/'0'), cap, ttl seconds.
    // Returns the new watermark, -1 when the conversation does not exist, -2 when a replacement finds nothing.
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local old = redis.call('HGET', KEYS[3], ARGV[1])
        if ARGV[3] == '1' and not old then return -2 end
        if old then redis.call('ZREMRANGEBYSCORE', KEYS[2], old, old) end
        local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
        redis.call('ZADD', KEYS[2], seq, seq .. '\n' .. ARGV[1] .. '\n' .. ARGV[2])
        redis.call('HSET', KEYS[3], ARGV[1], seq)
        local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
        if excess > 0 then
          local gone = redis.call('ZRANGE', KEYS[2], 0, excess - 1)
          for _, member in ipairs(gone) do
            local first = string.find(member, '\n', 1, true)
            local second = string.find(member, '\n', first + 1, true)
            local id = string.sub(member, first + 1, second - 1)
            if redis.call('HGET', KEYS[3], id) == string.sub(member, 1, first - 1) then redis.call('HDEL', KEYS[3], id) end
          end
          redis.call('ZREMRANGEBYRANK', KEYS[2], 0, excess - 1)
        end
        redis.call('EXPIRE', KEYS[1], ARGV[5])
        redis.call('EXPIRE', KEYS[2], ARGV[5])
        redis.call('EXPIRE', KEYS[3], ARGV[5])
        return seq
        """;

    // KEYS: conv. ARGV: field. Returns -1 when the conversation does not exist, else HSETNX's answer (1 = set now).
    private const string StartScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        return redis.call('HSETNX', KEYS[1], ARGV[1], '1')
        """;

    // KEYS: conv. Returns -1 when the conversation does not exist, else the next activity number.
    private const string NextIdScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        return redis.call('HINCRBY', KEYS[1], 'ids', 1)
        """;

    // KEYS: log, idx. ARGV: activity id. Returns 1 when removed.
    private const string DeleteScript = """
        local old = redis.call('HGET', KEYS[2], ARGV[1])
        if not old then return 0 end
        redis.call('ZREMRANGEBYSCORE', KEYS[1], old, old)
        redis.call('HDEL', KEYS[2], ARGV[1])
        return 1
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly AppendSignals _signals;
    private readonly DirectLineOptions _options;
    private readonly string _prefix;
    private readonly RedisChannel _appended;
    private readonly ILogger<RedisDirectLineStore> _logger;
    private int _subscribed;

    /// <summary>Creates the store over the shared connection.</summary>
    public RedisDirectLineStore(
        IConnectionMultiplexer redis,
        AppendSignals signals,
        IOptions<DirectLineOptions> options,
        IOptions<StateOptions> state,
        ILogger<RedisDirectLineStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(state);
        _redis = redis;
        _signals = signals;
        _options = options.Value;
        _logger = logger;
        _prefix = state.Value.KeyPrefix + "directline:";
        _appended = RedisChannel.Literal(_prefix + "appended");
    }

    private int TtlSeconds => (int)Math.Ceiling(_options.ConversationLifetime.TotalSeconds);

    /// <inheritdoc />
    public async Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var key = Key(conversation.Id, "conv");
        var fields = new List<HashEntry>
        {
            new("user", conversation.UserId),
            new("created", conversation.CreatedAt.ToUnixTimeMilliseconds()),
            new("seq", 0),
            new("ids", 0),
        };
        if (conversation.UserName is not null)
        {
            fields.Add(new HashEntry("name", conversation.UserName));
        }

        if (conversation.Locale is not null)
        {
            fields.Add(new HashEntry("locale", conversation.Locale));
        }

        var transaction = _redis.GetDatabase().CreateTransaction();
        transaction.AddCondition(Condition.KeyNotExists(key));
        _ = transaction.HashSetAsync(key, [.. fields]);
        _ = transaction.KeyExpireAsync(key, TimeSpan.FromSeconds(TtlSeconds));
        return await transaction.ExecuteAsync();
    }

    /// <inheritdoc />
    public async Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var fields = await _redis.GetDatabase().HashGetAllAsync(Key(conversationId, "conv"));
        if (fields.Length == 0)
        {
            return null;
        }

        var map = fields.ToDictionary(f => f.Name.ToString(), f => f.Value, StringComparer.Ordinal);
        if (!map.TryGetValue("user", out var user) || user.IsNullOrEmpty)
        {
            return null;
        }

        var created = map.TryGetValue("created", out var ms) && ms.TryParse(out long millis)
            ? DateTimeOffset.FromUnixTimeMilliseconds(millis)
            : DateTimeOffset.UnixEpoch;
        return new DirectLineConversation(
            conversationId,
            user.ToString(),
            map.TryGetValue("name", out var name) ? name.ToString() : null,
            map.TryGetValue("locale", out var locale) ? locale.ToString() : null,
            created);
    }

    /// <inheritdoc />
    public async Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken)
        => (long)await _redis.GetDatabase().ScriptEvaluateAsync(StartScript, [Key(conversationId, "conv")], ["started"]) == 1;

    /// <inheritdoc />
    public async Task<string?> NewActivityIdAsync(string conversationId, CancellationToken cancellationToken)
    {
        var number = (long)await _redis.GetDatabase().ScriptEvaluateAsync(NextIdScript, [Key(conversationId, "conv")]);
        return number < 0 ? null : conversationId + "|" + number.ToString("D7", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<(AppendStatus Status, long Watermark)> AppendAsync(
        string conversationId, string activityId, string json, bool replace, CancellationToken cancellationToken)
    {
        var database = _redis.GetDatabase();
        var result = (long)await database.ScriptEvaluateAsync(
            AppendScript,
            [Key(conversationId, "conv"), Key(conversationId, "log"), Key(conversationId, "idx")],
            [activityId, json, replace ? "1" : "0", _options.MaxActivitiesPerConversation, TtlSeconds]);
        switch (result)
        {
            case -1:
                return (AppendStatus.NoConversation, 0);
            case -2:
                return (AppendStatus.NoActivity, 0);
        }

        _signals.Signal(conversationId);
        await database.PublishAsync(_appended, conversationId);
        return (AppendStatus.Appended, result);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LoggedActivity>> ReadAsync(string conversationId, long after, int max, CancellationToken cancellationToken)
    {
        var members = await _redis.GetDatabase().SortedSetRangeByScoreAsync(
            Key(conversationId, "log"), after, double.PositiveInfinity, Exclude.Start, Order.Ascending, 0, max);
        var activities = new List<LoggedActivity>(members.Length);
        foreach (var member in members)
        {
            if (Parse(member) is { } activity)
            {
                activities.Add(activity);
            }
        }

        return activities;
    }

    /// <inheritdoc />
    public async Task<LoggedActivity?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var database = _redis.GetDatabase();
        var watermark = await database.HashGetAsync(Key(conversationId, "idx"), activityId);
        if (!watermark.TryParse(out long score))
        {
            return null;
        }

        var members = await database.SortedSetRangeByScoreAsync(Key(conversationId, "log"), score, score);
        return members.Length == 0 ? null : Parse(members[0]);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken)
        => (long)await _redis.GetDatabase().ScriptEvaluateAsync(
            DeleteScript, [Key(conversationId, "log"), Key(conversationId, "idx")], [activityId]) == 1;

    /// <inheritdoc />
    public IDisposable Subscribe(string conversationId, Action appended)
    {
        EnsureSubscribed();
        return _signals.Subscribe(conversationId, appended);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _subscribed, 0) == 1)
        {
            _redis.GetSubscriber().Unsubscribe(_appended);
        }
    }

    private void EnsureSubscribed()
    {
        if (Interlocked.CompareExchange(ref _subscribed, 1, 0) != 0)
        {
            return;
        }

        try
        {
            _redis.GetSubscriber().Subscribe(_appended, (_, message) =>
            {
                var conversationId = message.ToString();
                if (!string.IsNullOrEmpty(conversationId))
                {
                    _signals.Signal(conversationId);
                }
            });
        }
#pragma warning disable CA1031 // streams still poll at every keep-alive; subscribing is retried by the next stream
        catch (Exception e)
#pragma warning restore CA1031
        {
            Volatile.Write(ref _subscribed, 0);
            LogSubscribeFailed(e);
        }
    }

    private static LoggedActivity? Parse(RedisValue member)
    {
        var text = member.ToString();
        var first = text.IndexOf('\n', StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf('\n', first + 1);
        if (second < 0 || !long.TryParse(text.AsSpan(0, first), NumberStyles.None, CultureInfo.InvariantCulture, out var watermark))
        {
            return null;
        }

        return new LoggedActivity(watermark, text[(first + 1)..second], text[(second + 1)..]);
    }

    private RedisKey Key(string conversationId, string part) => $"{_prefix}{{{conversationId}}}:{part}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to Direct Line appends in Redis; streams fall back to polling at each keep-alive")]
    private partial void LogSubscribeFailed(Exception exception);
}
