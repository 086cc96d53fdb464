namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>Analysed documents and per-document errors.</summary>
internal sealed record SentimentResponse(
    IReadOnlyList<DocumentSentimentDto>? Documents, IReadOnlyList<DocumentErrorDto>? Errors, string? ModelVersion);
