namespace SupportBot.Dialogs.Abstractions;

/// <summary>The next question of an unfinished survey (where a resumed survey continues). Persisted by name.</summary>
public enum SurveyStep
{
    /// <summary>CSAT 1–5.</summary>
    Csat,

    /// <summary>NPS 0–10.</summary>
    Nps,

    /// <summary>The "why?" comment.</summary>
    Comment,

    /// <summary>Which aspects of the experience.</summary>
    Aspects,

    /// <summary>Nothing left to ask.</summary>
    Done,
}
