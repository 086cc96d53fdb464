namespace SupportBot.Dialogs.Abstractions;

/// <summary>Why the escalation policy wants a person to step in. Persisted by name; agents see these.</summary>
public enum EscalationReason
{
    /// <summary>NPS at or under the detractor threshold.</summary>
    DetractorNps,

    /// <summary>CSAT at or under the low threshold.</summary>
    LowCsat,

    /// <summary>The comment is negative above the language's threshold (document or worst sentence).</summary>
    NegativeComment,

    /// <summary>A high score with a clearly negative comment.</summary>
    HighScoreNegativeComment,

    /// <summary>A low score with a clearly positive comment (possibly a mis-tap on the scale).</summary>
    LowScorePositiveComment,

    /// <summary>The customer talks of leaving, cancelling or going to the competition.</summary>
    ChurnIntent,

    /// <summary>Several negative messages in a row.</summary>
    RepeatedNegative,

    /// <summary>The customer asked for a person.</summary>
    CustomerRequest,
}
