using System.ComponentModel.DataAnnotations;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Settings of the Azure AI Language sentiment client, bound from <c>Sentiment:Azure</c>. Only registered
/// (and so only validated) when <c>Sentiment:Provider</c> is Azure. The key comes from configuration or the
/// environment (<c>Sentiment__Azure__Key</c>), never from a file in the repository.</summary>
public sealed class AzureLanguageOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Sentiment:Azure";

    /// <summary>The resource endpoint, e.g. <c>https://my-resource.cognitiveservices.azure.com</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The resource key, sent as <c>Ocp-Apim-Subscription-Key</c>.</summary>
    public string? Key { get; set; }

    /// <summary>Model version asked for; defaults to <c>latest</c>.</summary>
    [Required]
    public string ModelVersion { get; set; } = "latest";

    /// <summary>Opts out of the service's 48-hour input logging; defaults to true (customer text).</summary>
    public bool LoggingOptOut { get; set; } = true;

    /// <summary>How long one attempt may take; defaults to 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one call may take across all its attempts and waits; defaults to 30 seconds.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for 429, 5xx and timeouts; defaults to 3.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay, doubled per retry (with jitter) when the service gives no
    /// <c>Retry-After</c>; defaults to 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> honoured; longer waits are cut to this. Defaults to 10 seconds.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After repeated transient failures (at least half of 5 or more calls within 30 seconds), calls stop
    /// reaching the service for this long and fall back at once; defaults to 30 seconds.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a successful analysis is cached; defaults to 1 day.</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The language assumed when a request names none and the text does not tell; defaults to Spanish.</summary>
    [EnumDataType(typeof(Language))]
    public Language DefaultLanguage { get; set; } = Language.Spanish;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is null || !Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttps && Endpoint.Scheme != Uri.UriSchemeHttp))
        {
            yield return Fail(nameof(Endpoint),
                "must be the absolute URL of the Azure AI Language resource (for example https://my-resource.cognitiveservices.azure.com)");
        }

        if (string.IsNullOrWhiteSpace(Key))
        {
            yield return Fail(nameof(Key), "is required; set it from a secret store or the environment, never in a file in the repository");
        }

        foreach (var (name, value) in new[]
        {
            (nameof(Timeout), Timeout), (nameof(TotalTimeout), TotalTimeout), (nameof(RetryDelay), RetryDelay),
            (nameof(MaxRetryAfter), MaxRetryAfter), (nameof(BreakDuration), BreakDuration), (nameof(CacheTtl), CacheTtl),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return Fail(name, "must be greater than zero (for example \"00:00:10\")");
            }
        }

        if (TotalTimeout < Timeout)
        {
            yield return Fail(nameof(TotalTimeout), $"must be at least {SectionName}:{nameof(Timeout)}");
        }
    }

    private static ValidationResult Fail(string member, string problem) => new(
        $"Sentiment:Provider is Azure but {SectionName}:{member} {problem} " +
        $"(environment variable Sentiment__Azure__{member}); or use Sentiment:Provider=Offline.",
        [member]);
}
