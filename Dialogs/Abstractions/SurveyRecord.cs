using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Abstractions;

/// <summary>The durable record of one survey, saved after every answer. The comment is stored PII-redacted;
/// the raw text never is.</summary>
public sealed class SurveyRecord
{
    /// <summary>Record id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Who answered (channel-scoped customer id).</summary>
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>Channel the survey ran on.</summary>
    public string ChannelId { get; set; } = string.Empty;

    /// <summary>Language the survey ran in.</summary>
    public Language Language { get; set; }

    /// <summary>The order rated, when known.</summary>
    public string? OrderId { get; set; }

    /// <summary>The product rated, when known.</summary>
    public string? Product { get; set; }

    /// <summary>CSAT 1–5.</summary>
    public int? Csat { get; set; }

    /// <summary>NPS 0–10.</summary>
    public int? Nps { get; set; }

    /// <summary>Segment derived from the scores.</summary>
    public CustomerSegment? Segment { get; set; }

    /// <summary>The "why?" comment, PII-redacted. Null when skipped or not reached.</summary>
    public string? Comment { get; set; }

    /// <summary>Whether the customer chose to skip the comment.</summary>
    public bool CommentSkipped { get; set; }

    /// <summary>Sentiment of the (redacted) comment.</summary>
    public SentimentResult? Sentiment { get; set; }

    /// <summary>Aspects of the experience the feedback is about.</summary>
    public List<ServiceAspect> Aspects { get; set; } = [];

    /// <summary>Whether <see cref="Aspects"/> were inferred from the comment rather than chosen.</summary>
    public bool AspectsInferred { get; set; }

    /// <summary>The escalation policy's decision, once made.</summary>
    public EscalationDecision? Escalation { get; set; }

    /// <summary>Where the survey stands.</summary>
    public SurveyStatus Status { get; set; }

    /// <summary>The next question, for resuming.</summary>
    public SurveyStep NextStep { get; set; }

    /// <summary>When the survey started.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When an answer was last saved.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When it was completed.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}
