namespace SupportBot.Dialogs.Survey;

/// <summary>Whether a survey may start now.</summary>
public enum SurveyEligibilityKind
{
    /// <summary>Start a new survey.</summary>
    New,

    /// <summary>Continue an unfinished one.</summary>
    Resume,

    /// <summary>The customer asked for no surveys.</summary>
    OptedOut,

    /// <summary>This order was already rated.</summary>
    AlreadyAnswered,

    /// <summary>The customer answered a survey too recently.</summary>
    Throttled,
}
