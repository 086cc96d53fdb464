namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>Task parameters of a sentiment analysis.</summary>
internal sealed record SentimentParameters(string ModelVersion, bool LoggingOptOut, bool OpinionMining, string StringIndexType);
