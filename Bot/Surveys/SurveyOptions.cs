using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Surveys;

/// <summary>Satisfaction surveys (section "Surveys").</summary>
public sealed class SurveyOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Surveys";

    /// <summary>Where records are stored.</summary>
    [EnumDataType(typeof(SurveyStoreProvider))]
    public SurveyStoreProvider Store { get; set; } = SurveyStoreProvider.Sqlite;

    /// <summary>SQLite file (relative paths are relative to the content root).</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "data/supportbot.db";

    /// <summary>Ask NPS after CSAT.</summary>
    public bool NpsEnabled { get; set; } = true;

    /// <summary>How long an unfinished survey can be resumed.</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Least time between two surveys of one customer.</summary>
    public TimeSpan Throttle { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Public review page offered to happy customers (absolute http(s) URL), or empty for none.</summary>
    public string? ReviewUrl { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ResumeWindow <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Surveys:ResumeWindow must be positive.", [nameof(ResumeWindow)]);
        }

        if (Throttle < TimeSpan.Zero)
        {
            yield return new ValidationResult("Surveys:Throttle must not be negative.", [nameof(Throttle)]);
        }

        if (!string.IsNullOrWhiteSpace(ReviewUrl)
            && !(Uri.TryCreate(ReviewUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Surveys:ReviewUrl must be an absolute http(s) URL.", [nameof(ReviewUrl)]);
        }
    }
}
