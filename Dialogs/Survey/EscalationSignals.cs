using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Survey;

/// <summary>Everything the escalation policy looks at.</summary>
/// <param name="Language">Language of the comment (thresholds are per language).</param>
/// <param name="Csat">CSAT 1–5, if answered.</param>
/// <param name="Nps">NPS 0–10, if answered.</param>
/// <param name="CommentSentiment">Sentiment of the comment, if there is one.</param>
/// <param name="ChurnIntent">Whether the customer talked of leaving or cancelling.</param>
/// <param name="NegativeTurns">How many of the customer's messages in this survey were negative.</param>
public sealed record EscalationSignals(
    Language Language, int? Csat, int? Nps, SentimentResult? CommentSentiment, bool ChurnIntent, int NegativeTurns);
