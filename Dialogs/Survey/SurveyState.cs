namespace SupportBot.Dialogs.Survey;

/// <summary>The survey dialog's frame: which record it fills, and what it was started with.</summary>
public sealed class SurveyState
{
    /// <summary>Order to rate, when the survey was started for one (invitation, link, or named in the message).</summary>
    public string? OrderId { get; set; }

    /// <summary>The record being filled; set once the survey starts or resumes.</summary>
    public string? SurveyId { get; set; }

    /// <summary>Negative messages so far (low scores said in words, a negative comment).</summary>
    public int NegativeTurns { get; set; }
}
