namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>What is said about a target.</summary>
internal sealed record SentenceAssessmentDto(string Text, string Sentiment, int Offset, int Length, bool IsNegated);
