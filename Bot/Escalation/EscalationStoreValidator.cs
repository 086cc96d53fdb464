using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Escalation;

/// <summary>Fails start-up when escalations are kept in Redis but no Redis is configured.</summary>
public sealed class EscalationStoreValidator(IOptions<RedisOptions> redis) : IValidateOptions<EscalationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EscalationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return redis.Value.Require(options.Store == EscalationStoreProvider.Redis, "Escalation:Store", nameof(EscalationStoreProvider.Sqlite));
    }
}
