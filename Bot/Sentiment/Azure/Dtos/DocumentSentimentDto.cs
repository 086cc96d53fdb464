namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>One analysed document.</summary>
internal sealed record DocumentSentimentDto(
    string Id, string Sentiment, ConfidenceScoresDto ConfidenceScores, IReadOnlyList<SentenceSentimentDto>? Sentences);
