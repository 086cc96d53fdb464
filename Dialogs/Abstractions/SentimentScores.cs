namespace SupportBot.Dialogs.Abstractions;

/// <summary>Confidence per class, each 0–1, adding up to 1.</summary>
/// <param name="Positive">Confidence that the text is positive.</param>
/// <param name="Neutral">Confidence that the text is neutral.</param>
/// <param name="Negative">Confidence that the text is negative.</param>
public sealed record SentimentScores(double Positive, double Neutral, double Negative);
