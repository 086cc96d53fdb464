using SupportBot.Bot.Sentiment.Azure.Dtos;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>A piece of a text and the service's analysis of it, with the answer it came in (for assessment pointers).</summary>
internal sealed record AnalysedPiece(TextPiece Piece, DocumentSentimentDto Document, SentimentResponse Response);
