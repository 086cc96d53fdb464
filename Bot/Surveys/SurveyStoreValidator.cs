using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Surveys;

/// <summary>Fails start-up when surveys are stored in Redis but no Redis is configured.</summary>
public sealed class SurveyStoreValidator(IOptions<RedisOptions> redis) : IValidateOptions<SurveyOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Store == SurveyStoreProvider.Redis && !redis.Value.IsConfigured
            ? ValidateOptionsResult.Fail(
                "Surveys:Store is Redis but Redis:ConnectionString is empty. Set Redis:ConnectionString " +
                "(environment variable Redis__ConnectionString), or use Surveys:Store=Sqlite.")
            : ValidateOptionsResult.Success;
    }
}
