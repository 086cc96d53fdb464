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
        return redis.Value.Require(options.Store == SurveyStoreProvider.Redis, "Surveys:Store", nameof(SurveyStoreProvider.Sqlite));
    }
}
