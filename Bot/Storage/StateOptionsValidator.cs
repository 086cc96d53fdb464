using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>Fails start-up when the chosen state provider lacks its settings, saying which key to set.</summary>
public sealed class StateOptionsValidator(IOptions<RedisOptions> redis) : IValidateOptions<StateOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return redis.Value.Require(options.Provider == StateProvider.Redis, "State:Provider", nameof(StateProvider.Memory));
    }
}
