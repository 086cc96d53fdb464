namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Part of a text and where it starts in it (UTF-16 code units).</summary>
internal sealed record TextPiece(int Offset, string Text);
