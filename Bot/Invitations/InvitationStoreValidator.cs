using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Invitations;

/// <summary>Fails start-up when invitations are stored in Redis but no Redis is configured.</summary>
public sealed class InvitationStoreValidator(IOptions<RedisOptions> redis) : IValidateOptions<InvitationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, InvitationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return redis.Value.Require(options.Store == InvitationStoreProvider.Redis, "Invitations:Store", nameof(InvitationStoreProvider.Sqlite));
    }
}
