namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>The documents to analyse.</summary>
internal sealed record AnalysisInput(IReadOnlyList<TextDocument> Documents);
