using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Abstractions;

/// <summary>One text to analyse.</summary>
/// <param name="Text">What the customer wrote.</param>
/// <param name="Language">The language, when known; null lets the analyzer detect it.</param>
public sealed record SentimentRequest(string Text, Language? Language = null);
