namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>Confidence per class; targets and assessments carry no neutral score.</summary>
internal sealed record ConfidenceScoresDto(double Positive, double Neutral, double Negative);
