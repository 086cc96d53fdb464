namespace SupportBot.Dialogs.Abstractions;

/// <summary>Where a survey stands. Persisted by name.</summary>
public enum SurveyStatus
{
    /// <summary>Started, not finished; can be resumed within the resume window.</summary>
    InProgress,

    /// <summary>Every question the survey wanted was answered (or skipped).</summary>
    Completed,

    /// <summary>The customer could not be understood and the survey stopped.</summary>
    Abandoned,

    /// <summary>Left unfinished for longer than the resume window.</summary>
    Expired,
}
