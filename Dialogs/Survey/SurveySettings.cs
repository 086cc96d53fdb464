namespace SupportBot.Dialogs.Survey;

/// <summary>How surveys behave, from configuration.</summary>
public sealed record SurveySettings
{
    /// <summary>Ask NPS after CSAT.</summary>
    public bool NpsEnabled { get; init; } = true;

    /// <summary>How long an unfinished survey can be resumed.</summary>
    public TimeSpan ResumeWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Least time between two surveys of one customer, across all survey types.</summary>
    public TimeSpan Throttle { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Public review page offered to happy customers; none when null.</summary>
    public Uri? ReviewUrl { get; init; }
}
