namespace SupportBot.Dialogs.Survey;

/// <summary>Thresholds of the escalation policy; every one configurable.</summary>
public sealed record EscalationPolicySettings
{
    /// <summary>NPS at or under this is a detractor (standard NPS: 6).</summary>
    public int DetractorNpsMax { get; init; } = 6;

    /// <summary>CSAT at or under this is low.</summary>
    public int LowCsatMax { get; init; } = 2;

    /// <summary>Document negative confidence at or over which a Spanish comment counts as negative.</summary>
    public double NegativeThresholdSpanish { get; init; } = 0.6;

    /// <summary>Document negative confidence at or over which an English comment counts as negative.</summary>
    public double NegativeThresholdEnglish { get; init; } = 0.6;

    /// <summary>A single sentence this negative makes the comment negative even when the document is mixed.</summary>
    public double WorstSentenceThreshold { get; init; } = 0.7;

    /// <summary>CSAT at or over this counts as a high score for the mismatch check.</summary>
    public int HighCsatMin { get; init; } = 4;

    /// <summary>NPS at or over this counts as a high score for the mismatch check.</summary>
    public int HighNpsMin { get; init; } = 9;

    /// <summary>Document positive confidence at or over which a comment is clearly positive (reverse mismatch).</summary>
    public double ClearlyPositiveThreshold { get; init; } = 0.75;

    /// <summary>Negative messages in one survey that count as repeated.</summary>
    public int RepeatedNegativeTurns { get; init; } = 2;

    /// <summary>Negative confidence at or over which a negative comment is high priority.</summary>
    public double HighPriorityNegativeThreshold { get; init; } = 0.9;
}
