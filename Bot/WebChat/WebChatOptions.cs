using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.WebChat;

/// <summary>The customer Web Chat page (section "WebChat").</summary>
public sealed class WebChatOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "WebChat";

    /// <summary>Shortest accepted signing key.</summary>
    public const int MinSigningKeyLength = 32;

    /// <summary>Key the shop signs chat links with (HMAC-SHA256 of "customerId\norderId"). A secret: environment or Key
    /// Vault only. Without it, customer ids in links are ignored.</summary>
    public string? CustomerSigningKey { get; set; }

    /// <summary>Azure Bot Service Direct Line base URL (e.g. <c>https://europe.directline.botframework.com/v3/directline</c>).
    /// Empty: the page talks to the bot's own embedded Direct Line at <c>/v3/directline</c>.</summary>
    public Uri? DirectLineDomain { get; set; }

    /// <summary>The Azure Direct Line (or Web Chat channel) secret the server exchanges for a token; required with
    /// <see cref="DirectLineDomain"/>. Never sent to the browser.</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>Sites allowed to show the page in a frame (the shop's <c>/embed.js</c> bubble), e.g. <c>https://shop.example</c>.</summary>
    public List<Uri> EmbedOrigins { get; } = [];

    /// <summary>Main colour of the page and the chat (CSS hex colour).</summary>
    [RegularExpression("^#[0-9A-Fa-f]{6}$")]
    public string AccentColor { get; set; } = "#0B5CAD";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(CustomerSigningKey) && CustomerSigningKey.Length < MinSigningKeyLength)
        {
            yield return new ValidationResult(
                $"WebChat:CustomerSigningKey must be at least {MinSigningKeyLength} characters.", [nameof(CustomerSigningKey)]);
        }

        if (DirectLineDomain is not null)
        {
            if (!DirectLineDomain.IsAbsoluteUri || DirectLineDomain.Scheme != Uri.UriSchemeHttps && !DirectLineDomain.IsLoopback)
            {
                yield return new ValidationResult("WebChat:DirectLineDomain must be an absolute https URL.", [nameof(DirectLineDomain)]);
            }

            if (string.IsNullOrWhiteSpace(DirectLineSecret))
            {
                yield return new ValidationResult(
                    "WebChat:DirectLineDomain is set: set WebChat:DirectLineSecret (the Direct Line secret) too.", [nameof(DirectLineSecret)]);
            }
        }

        foreach (var origin in EmbedOrigins)
        {
            if (!origin.IsAbsoluteUri || origin.AbsolutePath != "/" || origin.Scheme != Uri.UriSchemeHttps && !origin.IsLoopback)
            {
                yield return new ValidationResult(
                    $"WebChat:EmbedOrigins entry '{origin}' must be an https origin such as https://shop.example.", [nameof(EmbedOrigins)]);
            }
        }
    }
}
