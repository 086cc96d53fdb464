using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Orders.Http;

/// <summary>Settings of the commerce backend client, bound from <c>Orders:Http</c> and validated at start-up. The API key
/// comes from configuration or the environment (<c>Orders__Http__ApiKey</c>, Key Vault), never from a file in the
/// repository.</summary>
public sealed class CommerceBackendOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Orders:Http";

    /// <summary>The API root every path of the contract is relative to, e.g. <c>https://shop.example/api/supportbot/v1/</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The API key the shop issued to the bot, sent as <c>Authorization: Bearer</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one attempt may take; defaults to 10 seconds. A timed-out call is not retried (the customer is
    /// waiting): it ends as <see cref="Dialogs.Abstractions.OrderServiceUnavailableException"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest <c>Retry-After</c> of a 429 that is waited for (once); a longer one fails at once. Defaults to
    /// 5 seconds.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before the single retry of a 5xx or network error; defaults to 200 milliseconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttps && BaseUrl.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(BaseUrl.Query) || !string.IsNullOrEmpty(BaseUrl.Fragment))
        {
            yield return Fail(nameof(BaseUrl), "must be the absolute http(s) URL of the shop's API root, without query or fragment "
                + "(for example https://shop.example/api/supportbot/v1/)");
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return Fail(nameof(ApiKey), "is required: the key the shop issued to the bot; set it from a secret store or the "
                + "environment, never in a file in the repository");
        }
        else if (ApiKey.Any(c => c is < '!' or > '~'))
        {
            yield return Fail(nameof(ApiKey), "must be printable ASCII without spaces (it travels in the Authorization header)");
        }

        foreach (var (name, value) in new[] { (nameof(Timeout), Timeout), (nameof(MaxRetryAfter), MaxRetryAfter), (nameof(RetryDelay), RetryDelay) })
        {
            if (value < TimeSpan.Zero || (value == TimeSpan.Zero && name == nameof(Timeout)))
            {
                yield return Fail(name, "must be greater than zero (for example \"00:00:10\")");
            }
        }
    }

    /// <summary>The API root with a trailing slash, so relative paths append to it instead of replacing its last segment.</summary>
    internal Uri Root => BaseUrl!.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");

    private static ValidationResult Fail(string member, string problem) => new(
        $"The commerce backend client needs {SectionName}:{member}: it {problem} (environment variable Orders__Http__{member}).",
        [member]);
}
