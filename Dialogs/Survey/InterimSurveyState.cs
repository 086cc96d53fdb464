namespace SupportBot.Dialogs.Survey;

/// <summary>Answers collected so far by the interim survey.</summary>
public sealed class InterimSurveyState
{
    /// <summary>CSAT 1–5.</summary>
    public int? Csat { get; set; }
}
