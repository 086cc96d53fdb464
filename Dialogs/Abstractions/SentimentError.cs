namespace SupportBot.Dialogs.Abstractions;

/// <summary>Why a text could not be analysed (per text, never for the whole batch).</summary>
/// <param name="Code">Provider's error code, e.g. "InvalidDocument" or "UnsupportedLanguageCode".</param>
/// <param name="Message">Provider's message.</param>
public sealed record SentimentError(string Code, string Message);
