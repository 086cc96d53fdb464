using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Orders;

/// <summary>Self-service actions in Redis, for several bot instances: one list per conversation, oldest first, each entry
/// a JSON record (fields trimmed and capped as in <see cref="SqliteSelfServiceLog"/>). A push is atomic, so actions
/// recorded at once by two instances are all kept.</summary>
public sealed class RedisSelfServiceLog(IConnectionMultiplexer redis, IOptions<StateOptions> options) : ISelfServiceLog
{
    private readonly string _prefix = (options ?? throw new ArgumentNullException(nameof(options))).Value.KeyPrefix + "selfservice:";

    /// <inheritdoc />
    public async Task RecordAsync(SelfServiceAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        cancellationToken.ThrowIfCancellationRequested();
        var capped = action with
        {
            CustomerId = Cap(action.CustomerId),
            ConversationId = Cap(action.ConversationId),
            OrderNumber = Cap(action.OrderNumber),
            Outcome = Cap(action.Outcome),
            Reference = action.Reference is null ? null : Cap(action.Reference),
        };
        await redis.GetDatabase().ListRightPushAsync(ConversationKey(capped.ConversationId), RecordJson.Serialize(capped));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SelfServiceAction>> ListByConversationAsync(string conversationId, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (limit <= 0)
        {
            return [];
        }

        var values = await redis.GetDatabase().ListRangeAsync(ConversationKey(Cap(conversationId ?? string.Empty)), -limit, -1);
        return values.Select(v => RecordJson.Deserialize<SelfServiceAction>(v.ToString())).ToList();
    }

    private RedisKey ConversationKey(string conversationId) => _prefix + conversationId;

    private static string Cap(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length <= SqliteSelfServiceLog.MaxFieldLength ? trimmed : trimmed[..SqliteSelfServiceLog.MaxFieldLength];
    }
}
