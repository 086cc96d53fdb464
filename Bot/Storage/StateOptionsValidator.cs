using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>Fails start-up when the chosen state provider lacks its settings, saying which key to set.</summary>
public sealed class StateOptionsValidator(IOptions<RedisOptions> redis) : IValidateOptions<StateOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider == StateProvider.Redis && !redis.Value.IsConfigured
            ? ValidateOptionsResult.Fail(
                "State:Provider is Redis but Redis:ConnectionString is empty. Set Redis:ConnectionString " +
                "(environment variable Redis__ConnectionString), or use State:Provider=Memory.")
            : ValidateOptionsResult.Success;
    }
}
