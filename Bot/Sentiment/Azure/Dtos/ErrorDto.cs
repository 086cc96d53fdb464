namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>An error; <see cref="Code"/> is an open string (gateway errors say "401", "403", "429").</summary>
internal sealed record ErrorDto(string? Code, string? Message, InnerErrorDto? Innererror);
