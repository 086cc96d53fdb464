using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Surveys;

/// <summary>Thresholds of the escalation policy (section "EscalationPolicy"); defaults in <c>EscalationPolicySettings</c>.</summary>
public sealed class EscalationPolicyOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "EscalationPolicy";

    /// <summary>NPS at or under this is a detractor.</summary>
    [Range(0, 10)]
    public int DetractorNpsMax { get; set; } = 6;

    /// <summary>CSAT at or under this is low.</summary>
    [Range(1, 5)]
    public int LowCsatMax { get; set; } = 2;

    /// <summary>Negative confidence for a Spanish comment to count as negative.</summary>
    [Range(0.0, 1.0)]
    public double NegativeThresholdSpanish { get; set; } = 0.6;

    /// <summary>Negative confidence for an English comment to count as negative.</summary>
    [Range(0.0, 1.0)]
    public double NegativeThresholdEnglish { get; set; } = 0.6;

    /// <summary>Negative confidence of a single sentence that makes a comment negative.</summary>
    [Range(0.0, 1.0)]
    public double WorstSentenceThreshold { get; set; } = 0.7;

    /// <summary>CSAT at or over this is high (mismatch check).</summary>
    [Range(1, 5)]
    public int HighCsatMin { get; set; } = 4;

    /// <summary>NPS at or over this is high (mismatch check).</summary>
    [Range(0, 10)]
    public int HighNpsMin { get; set; } = 9;

    /// <summary>Positive confidence for a comment to be clearly positive (reverse mismatch).</summary>
    [Range(0.0, 1.0)]
    public double ClearlyPositiveThreshold { get; set; } = 0.75;

    /// <summary>Negative messages in one survey that count as repeated.</summary>
    [Range(1, 20)]
    public int RepeatedNegativeTurns { get; set; } = 2;

    /// <summary>Negative confidence at or over which a negative comment is high priority.</summary>
    [Range(0.0, 1.0)]
    public double HighPriorityNegativeThreshold { get; set; } = 0.9;
}
