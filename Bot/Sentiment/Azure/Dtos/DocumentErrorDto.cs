namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>A document the service refused, at HTTP 200.</summary>
internal sealed record DocumentErrorDto(string Id, ErrorDto Error);
