using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Survey;

/// <summary>Who gets a person, and why: a pure function of the survey's signals. Every reason that applies is
/// returned so the agent sees the whole picture; the priority is the highest any reason asks for.</summary>
public sealed class EscalationPolicy(EscalationPolicySettings settings)
{
    /// <summary>How fast a customer about to leave gets the retention team, in a survey or outside one.</summary>
    public const EscalationPriority ChurnPriority = EscalationPriority.Urgent;

    /// <summary>Decides.</summary>
    public EscalationDecision Decide(EscalationSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var reasons = new List<EscalationReason>();
        var priority = EscalationPriority.Low;
        void Add(EscalationReason reason, EscalationPriority atLeast)
        {
            reasons.Add(reason);
            priority = atLeast > priority ? atLeast : priority;
        }

        if (signals.ChurnIntent)
        {
            Add(EscalationReason.ChurnIntent, ChurnPriority);
        }

        if (signals.Nps is { } nps && nps <= settings.DetractorNpsMax)
        {
            Add(EscalationReason.DetractorNps, nps <= settings.DetractorNpsMax / 2 ? EscalationPriority.High : EscalationPriority.Normal);
        }

        if (signals.Csat is { } csat && csat <= settings.LowCsatMax)
        {
            Add(EscalationReason.LowCsat, csat <= 1 ? EscalationPriority.High : EscalationPriority.Normal);
        }

        var sentiment = signals.CommentSentiment is { Error: null } s ? s : null;
        var negative = sentiment is not null && IsNegative(sentiment, signals.Language);
        if (negative)
        {
            Add(EscalationReason.NegativeComment, NegativeConfidence(sentiment!) >= settings.HighPriorityNegativeThreshold
                ? EscalationPriority.High
                : EscalationPriority.Normal);
        }

        var highScore = signals.Csat >= settings.HighCsatMin || signals.Nps >= settings.HighNpsMin;
        var lowScore = IsLowScore(signals.Csat, signals.Nps);
        if (highScore && negative)
        {
            Add(EscalationReason.HighScoreNegativeComment, EscalationPriority.Normal);
        }

        if (lowScore && sentiment is { Label: SentimentLabel.Positive } && sentiment.Scores.Positive >= settings.ClearlyPositiveThreshold)
        {
            // Flagged, not a reason on its own: the low score already escalates, and the agent should know it may be a mis-tap.
            reasons.Add(EscalationReason.LowScorePositiveComment);
        }

        if (signals.NegativeTurns >= settings.RepeatedNegativeTurns)
        {
            Add(EscalationReason.RepeatedNegative, EscalationPriority.Normal);
        }

        // The mis-tap flag hints the customer is happier than the score: it neither escalates nor adds urgency.
        var escalating = reasons.Count(r => r != EscalationReason.LowScorePositiveComment);
        if (escalating == 0)
        {
            return reasons.Count == 0 ? EscalationDecision.None : new EscalationDecision(false, reasons, EscalationPriority.Low);
        }

        if (escalating >= 3 && priority < EscalationPriority.High)
        {
            priority++;
        }

        return new EscalationDecision(true, reasons, priority);
    }

    /// <summary>Whether either score is at or under its low threshold.</summary>
    public bool IsLowScore(int? csat, int? nps) => csat <= settings.LowCsatMax || nps <= settings.DetractorNpsMax;

    private bool IsNegative(SentimentResult sentiment, Language language)
    {
        var threshold = language == Language.English ? settings.NegativeThresholdEnglish : settings.NegativeThresholdSpanish;
        return (sentiment.Label is SentimentLabel.Negative or SentimentLabel.Mixed && sentiment.Scores.Negative >= threshold)
            || sentiment.WorstSentence?.Scores.Negative >= settings.WorstSentenceThreshold;
    }

    private static double NegativeConfidence(SentimentResult sentiment)
        => Math.Max(sentiment.Scores.Negative, sentiment.WorstSentence?.Scores.Negative ?? 0);
}
