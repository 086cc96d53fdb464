using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.ScaleOut;

/// <summary>Fails start-up when a feature is switched to Redis but <c>Redis:ConnectionString</c> is empty, naming the
/// keys to set (see <see cref="RedisOptions.Require"/>).</summary>
/// <typeparam name="TOptions">The feature's options.</typeparam>
/// <param name="redis">The shared Redis settings.</param>
/// <param name="usesRedis">Whether the feature's options choose Redis.</param>
/// <param name="setting">The feature's switch, e.g. <c>Knowledge:FeedbackStore</c>.</param>
/// <param name="alternative">The embedded choice to suggest instead.</param>
public sealed class RedisRequirement<TOptions>(IOptions<RedisOptions> redis, Func<TOptions, bool> usesRedis, string setting, string alternative)
    : IValidateOptions<TOptions>
    where TOptions : class
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return redis.Value.Require(usesRedis(options), setting, alternative);
    }
}
