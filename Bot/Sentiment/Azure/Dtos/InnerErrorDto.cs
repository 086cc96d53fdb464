namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>The precise cause, e.g. <c>InvalidDocument</c> or <c>UnsupportedLanguageCode</c>.</summary>
internal sealed record InnerErrorDto(string? Code, string? Message);
