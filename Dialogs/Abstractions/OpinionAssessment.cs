namespace SupportBot.Dialogs.Abstractions;

/// <summary>What is said about a target ("tarde" about "entrega").</summary>
/// <param name="Text">The assessment words as written.</param>
/// <param name="Label">Positive, negative or mixed.</param>
/// <param name="IsNegated">Whether the assessment was negated ("no llegó a tiempo").</param>
public sealed record OpinionAssessment(string Text, SentimentLabel Label, bool IsNegated);
