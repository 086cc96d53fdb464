namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>A 200 answer (<c>SentimentTaskResult</c>).</summary>
internal sealed record AnalyzeTextResponse(string? Kind, SentimentResponse? Results);
