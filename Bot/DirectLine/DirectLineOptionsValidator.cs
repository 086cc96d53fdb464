using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.DirectLine;

/// <summary>Fails start-up on Direct Line settings that cannot work, naming the key to fix.</summary>
public sealed class DirectLineOptionsValidator(IOptions<RedisOptions> redis, IOptions<StateOptions> state) : IValidateOptions<DirectLineOptions>
{
    /// <summary>Shortest accepted secret.</summary>
    public const int MinSecretLength = 32;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        const string S = DirectLineOptions.SectionName;
        if (!string.IsNullOrEmpty(options.Secret) && options.Secret.Trim().Length < MinSecretLength)
        {
            failures.Add($"{S}:{nameof(options.Secret)} must be at least {MinSecretLength} characters (or empty for a random one per process).");
        }

        if (options.TokenLifetime < TimeSpan.FromMinutes(20) || options.TokenLifetime > TimeSpan.FromDays(1))
        {
            failures.Add($"{S}:{nameof(options.TokenLifetime)} must be between 00:20:00 and 1.00:00:00 (Web Chat refreshes tokens every 15 minutes).");
        }

        if (options.StreamUrlLifetime < TimeSpan.FromSeconds(30) || options.StreamUrlLifetime > options.TokenLifetime)
        {
            failures.Add($"{S}:{nameof(options.StreamUrlLifetime)} must be between 00:00:30 and {S}:{nameof(options.TokenLifetime)}.");
        }

        if (options.ConversationLifetime < TimeSpan.FromMinutes(5) || options.ConversationLifetime > TimeSpan.FromDays(90))
        {
            failures.Add($"{S}:{nameof(options.ConversationLifetime)} must be between 00:05:00 and 90.00:00:00.");
        }

        if (options.KeepAliveInterval < TimeSpan.FromMilliseconds(100) || options.KeepAliveInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{S}:{nameof(options.KeepAliveInterval)} must be between 00:00:00.1 and 00:05:00.");
        }

        if (options.PublicBaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"{S}:{nameof(options.PublicBaseUrl)} must be an absolute http(s) URL such as https://chat.example.com.");
        }

        var store = options.Store ?? state.Value.Provider;
        if (redis.Value.Require(store == StateProvider.Redis, $"{S}:{nameof(options.Store)}", nameof(StateProvider.Memory)) is { Failed: true } redisFailure)
        {
            failures.Add(redisFailure.FailureMessage);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
