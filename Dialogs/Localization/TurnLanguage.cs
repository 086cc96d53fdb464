using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Localization;

/// <summary>The language chosen for the current turn, kept in turn state so that code outside the
/// dialogs (the adapter's error handler) can apologise in the right language.</summary>
public static class TurnLanguage
{
    private const string Key = "SupportBot.TurnLanguage";

    /// <summary>Records the turn's language.</summary>
    public static void Set(ITurnContext turnContext, Language language)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[Key] = language;
    }

    /// <summary>The turn's language: as recorded, else from the activity's locale, else <paramref name="fallback"/>.</summary>
    public static Language Get(ITurnContext turnContext, Language fallback)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.TryGetValue(Key, out var value) && value is Language language)
        {
            return language;
        }

        return LanguageDetector.FromLocale(turnContext.Activity?.Locale) ?? fallback;
    }
}
