namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>Body of <c>POST /language/:analyze-text</c> for kind <c>SentimentAnalysis</c>.</summary>
internal sealed record AnalyzeTextRequest(string Kind, SentimentParameters Parameters, AnalysisInput AnalysisInput);
