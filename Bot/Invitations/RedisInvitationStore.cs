using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Invitations;

namespace SupportBot.Bot.Invitations;

/// <summary>The invitation schedule and conversation references in Redis, for several instances: a hash per order
/// (<c>body</c>, <c>state</c>, <c>token</c>, <c>response</c>), a sorted set of pending orders scored by due time, a
/// sorted set of sent messages scored by send time, the latest invited order per conversation and one JSON string per
/// customer reference. A claim is one Lua script that re-scores each due order to the end of its lease and gives it a
/// fresh token, so of two instances only one takes it; completing checks the token in the same way.</summary>
public sealed class RedisInvitationStore(IConnectionMultiplexer redis, IOptions<StateOptions> options) : IInvitationStore
{
    private static readonly TimeSpan ConversationMemory = TimeSpan.FromDays(90);

    // KEYS: order hash, due set. ARGV: order id, body, state, due ms.
    private static readonly LuaScript AddScript = LuaScript.Prepare("""
        if redis.call('EXISTS', @order) == 1 then
            return redis.call('HMGET', @order, 'body', 'state', 'token', 'response')
        end
        redis.call('HSET', @order, 'body', @body, 'state', @state)
        if @state == 'Pending' then redis.call('ZADD', @due, @dueMs, @id) end
        return false
        """);

    // KEYS: due set. ARGV: prefix of order keys, now ms, lease ms, max, token base.
    private static readonly LuaScript ClaimScript = LuaScript.Prepare("""
        local ids = redis.call('ZRANGEBYSCORE', @due, '-inf', @nowMs, 'LIMIT', 0, tonumber(@max))
        local claimed = {}
        for _, id in ipairs(ids) do
            local key = @orderPrefix .. id
            local token = @token .. id
            redis.call('ZADD', @due, @leaseMs, id)
            redis.call('HSET', key, 'token', token)
            local fields = redis.call('HMGET', key, 'body', 'state', 'token', 'response')
            table.insert(claimed, fields[1])
            table.insert(claimed, fields[2])
            table.insert(claimed, fields[3])
            table.insert(claimed, fields[4] or '')
        end
        return claimed
        """);

    private static readonly LuaScript CompleteScript = LuaScript.Prepare("""
        if redis.call('HGET', @order, 'token') ~= @token then return 0 end
        redis.call('HSET', @order, 'body', @body, 'state', @state)
        redis.call('HDEL', @order, 'token')
        if @state == 'Pending' then redis.call('ZADD', @due, @dueMs, @id) else redis.call('ZREM', @due, @id) end
        if @sent ~= '' then
            redis.call('ZADD', @sentSet, @sentMs, @sent)
            redis.call('SET', @conversation, @id, 'EX', tonumber(@conversationTtl))
        end
        return 1
        """);

    private static readonly LuaScript RespondScript = LuaScript.Prepare("""
        if redis.call('EXISTS', @order) == 1 then redis.call('HSETNX', @order, 'response', @response) end
        return 1
        """);

    private readonly string _prefix = (options ?? throw new ArgumentNullException(nameof(options))).Value.KeyPrefix + "invitations:";

    private IDatabase Database => redis.GetDatabase();

    /// <inheritdoc />
    public async Task<(ScheduledInvitation Schedule, bool Created)> AddAsync(ScheduledInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        cancellationToken.ThrowIfCancellationRequested();
        var result = await Database.ScriptEvaluateAsync(AddScript, new
        {
            order = (RedisKey)OrderKey(invitation.OrderId),
            due = (RedisKey)DueKey,
            id = invitation.OrderId,
            body = RecordJson.Serialize(invitation with { ClaimToken = null, Response = null }),
            state = invitation.State.ToString(),
            dueMs = invitation.DueAt.ToUnixTimeMilliseconds(),
        });
        return result.IsNull ? (invitation, true) : ((await GetAsync(invitation.OrderId, cancellationToken))!, false);
    }

    /// <inheritdoc />
    public async Task<ScheduledInvitation?> GetAsync(string orderId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var fields = await Database.HashGetAsync(OrderKey(orderId), ["body", "state", "token", "response"]);
        if (fields[0].IsNullOrEmpty)
        {
            return null;
        }

        var invitation = Read(fields[0], fields[1], fields[2], fields[3]);
        return await Database.SortedSetScoreAsync(DueKey, orderId) is { } score
            ? invitation with { DueAt = DateTimeOffset.FromUnixTimeMilliseconds((long)score) }
            : invitation;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScheduledInvitation>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var leaseEnd = now + lease;
        var result = (RedisResult[])(await Database.ScriptEvaluateAsync(ClaimScript, new
        {
            due = (RedisKey)DueKey,
            orderPrefix = _prefix + "order:",
            nowMs = now.ToUnixTimeMilliseconds(),
            leaseMs = leaseEnd.ToUnixTimeMilliseconds(),
            max,
            token = Guid.NewGuid().ToString("N") + ":",
        }))!;
        var claimed = new List<ScheduledInvitation>();
        for (var i = 0; i + 3 < result.Length; i += 4)
        {
            claimed.Add(Read((RedisValue)result[i], (RedisValue)result[i + 1], (RedisValue)result[i + 2], (RedisValue)result[i + 3]) with { DueAt = leaseEnd });
        }

        return claimed;
    }

    /// <inheritdoc />
    public async Task<bool> CompleteAsync(string claimToken, ScheduledInvitation updated, SentInvitation? sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updated);
        cancellationToken.ThrowIfCancellationRequested();
        var result = await Database.ScriptEvaluateAsync(CompleteScript, new
        {
            order = (RedisKey)OrderKey(updated.OrderId),
            due = (RedisKey)DueKey,
            sentSet = (RedisKey)SentKey,
            conversation = (RedisKey)ConversationKey(sent?.ConversationId ?? string.Empty),
            id = updated.OrderId,
            token = claimToken,
            body = RecordJson.Serialize(updated with { ClaimToken = null, Response = null }),
            state = updated.State.ToString(),
            dueMs = updated.DueAt.ToUnixTimeMilliseconds(),
            sent = sent is null ? string.Empty : RecordJson.Serialize(sent with { Answered = false }),
            sentMs = sent?.SentAt.ToUnixTimeMilliseconds() ?? 0,
            conversationTtl = (long)ConversationMemory.TotalSeconds,
        });
        return (int)result == 1;
    }

    /// <inheritdoc />
    public async Task<string?> FindOpenOrderAsync(string conversationId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var orderId = await Database.StringGetAsync(ConversationKey(conversationId));
        if (orderId.IsNullOrEmpty)
        {
            return null;
        }

        return await Database.HashExistsAsync(OrderKey(orderId.ToString()), "response") ? null : orderId.ToString();
    }

    /// <inheritdoc />
    public async Task RecordAsync(string orderId, InvitationResponse response, DateTimeOffset at, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Database.ScriptEvaluateAsync(RespondScript, new { order = (RedisKey)OrderKey(orderId), response = response.ToString() });
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SentInvitation>> ListSentAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var members = await Database.SortedSetRangeByScoreAsync(
            SentKey, since.ToUnixTimeMilliseconds(), until.ToUnixTimeMilliseconds(), Exclude.Stop);
        var sent = members.Select(m => RecordJson.Deserialize<SentInvitation>(m.ToString())).ToList();
        var answered = await Task.WhenAll(sent.Select(s => Database.HashExistsAsync(OrderKey(s.OrderId), "response")));
        return sent.Select((s, i) => s with { Answered = answered[i] }).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> SaveReferenceAsync(CustomerReference reference, TimeSpan refreshAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.ToWriteOver(await GetReferenceAsync(reference.CustomerId, cancellationToken), refreshAfter) is not { } merged)
        {
            return false;
        }

        await Database.StringSetAsync(ReferenceKey(merged.CustomerId), RecordJson.Serialize(merged));
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> TryAddReferenceAsync(CustomerReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        cancellationToken.ThrowIfCancellationRequested();
        return await Database.StringSetAsync(ReferenceKey(reference.CustomerId), RecordJson.Serialize(reference), when: When.NotExists);
    }

    /// <inheritdoc />
    public async Task<CustomerReference?> GetReferenceAsync(string customerId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = await Database.StringGetAsync(ReferenceKey(customerId));
        return json.IsNullOrEmpty ? null : RecordJson.Deserialize<CustomerReference>(json.ToString());
    }

    private static ScheduledInvitation Read(RedisValue body, RedisValue state, RedisValue token, RedisValue response)
        => RecordJson.Deserialize<ScheduledInvitation>(body.ToString()) with
        {
            State = Enum.Parse<InvitationState>(state.ToString()),
            ClaimToken = token.IsNullOrEmpty ? null : token.ToString(),
            Response = response.IsNullOrEmpty ? null : Enum.Parse<InvitationResponse>(response.ToString()),
        };

    private string DueKey => _prefix + "due";

    private string SentKey => _prefix + "sent";

    private string OrderKey(string orderId) => _prefix + "order:" + orderId;

    private string ConversationKey(string conversationId) => _prefix + "conversation:" + conversationId;

    private string ReferenceKey(string customerId) => _prefix + "reference:" + customerId;
}
