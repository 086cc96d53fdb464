namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>Body of a non-2xx answer.</summary>
internal sealed record ErrorResponseDto(ErrorDto? Error);
