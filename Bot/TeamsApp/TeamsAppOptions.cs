using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.TeamsApp;

/// <summary>What the Teams app package says about the bot (section "TeamsApp"), read by the <c>teams-package</c>
/// command only; the bot's id is the root <c>MicrosoftAppId</c>.</summary>
public sealed class TeamsAppOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "TeamsApp";

    /// <summary>The bot's public https address (e.g. <c>https://supportbot.contoso.com</c>): its host is the manifest's
    /// valid domain, and it is the developer's website, privacy and terms pages unless those are set.</summary>
    [Required(ErrorMessage = "TeamsApp:BaseUrl must be set to the bot's public https address (e.g. https://supportbot.contoso.com).")]
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>The app's version (x.y.z); raise it for every package uploaded again.</summary>
    [RegularExpression(@"^\d{1,5}\.\d{1,5}\.\d{1,5}$", ErrorMessage = "TeamsApp:Version must look like 1.0.0.")]
    public string Version { get; set; } = "1.0.0";

    /// <summary>The Teams app's own id (a GUID); empty uses <c>MicrosoftAppId</c>, as most single-bot apps do.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The developer's name shown in Teams.</summary>
    [Required]
    [StringLength(32, ErrorMessage = "TeamsApp:DeveloperName must be at most 32 characters.")]
    public string DeveloperName { get; set; } = "SupportBot";

    /// <summary>The developer's website; empty uses <see cref="BaseUrl"/>.</summary>
    public string WebsiteUrl { get; set; } = string.Empty;

    /// <summary>The privacy statement; empty uses <see cref="BaseUrl"/>.</summary>
    public string PrivacyUrl { get; set; } = string.Empty;

    /// <summary>The terms of use; empty uses <see cref="BaseUrl"/>.</summary>
    public string TermsOfUseUrl { get; set; } = string.Empty;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(BaseUrl), BaseUrl), (nameof(WebsiteUrl), WebsiteUrl), (nameof(PrivacyUrl), PrivacyUrl),
                     (nameof(TermsOfUseUrl), TermsOfUseUrl),
                 })
        {
            if (!string.IsNullOrEmpty(value) && !IsHttps(value))
            {
                yield return new ValidationResult($"TeamsApp:{name} must be an absolute https URL (Teams accepts no other); it is '{value}'.", [name]);
            }
        }

        if (!string.IsNullOrEmpty(AppId) && !Guid.TryParse(AppId, out _))
        {
            yield return new ValidationResult($"TeamsApp:AppId must be a GUID (or empty to use MicrosoftAppId); it is '{AppId}'.", [nameof(AppId)]);
        }
    }

    private static bool IsHttps(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(url.Host);
}
