using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Main;

/// <summary>Chooses the customer's language: an explicit request wins; then words clearly in one language, over a
/// locale (once); then what we remember; for a new customer the channel locale, else the language of their words, else
/// the configured default.</summary>
public static class LanguageResolver
{
    private static readonly string[] ToSpanish =
    [
        "en espanol", "espanol", "en castellano", "castellano", "spanish", "in spanish", "habla espanol", "hablame en espanol",
        "habla en espanol", "cambiar a espanol", "switch to spanish", "speak spanish", "can we speak spanish", "prefiero espanol",
    ];

    private static readonly string[] ToEnglish =
    [
        "english", "in english", "en ingles", "ingles", "speak english", "do you speak english", "can we speak english",
        "switch to english", "habla ingles", "hablame en ingles", "habla en ingles", "cambiar a ingles", "prefiero ingles",
        "i prefer english",
    ];

    private static readonly string[] Courtesy = ["please", "por favor", "pls", "porfa"];

    /// <summary>Decides the turn's language and updates <paramref name="profile"/> (the caller saves it).</summary>
    public static LanguageDecision Resolve(UserProfile profile, Activity activity, Language defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Type == ActivityTypes.Message ? activity.Text : null;

        var requested = RequestedSwitch(text);
        if (requested is { } explicitLanguage)
        {
            profile.Language = explicitLanguage;
            profile.LanguageSource = LanguageSource.Explicit;
            return new LanguageDecision(explicitLanguage, SwitchRequested: true);
        }

        // Words clearly in one language beat a browser's or channel's locale (an English browser, a Spanish customer), once:
        // after that the language stays until the customer asks to switch.
        var written = LanguageDetector.DetectClearly(text);
        if (profile.Language is { } known && profile.LanguageSource != LanguageSource.Default
            && !(profile.LanguageSource == LanguageSource.Locale && written is { } other && other != known))
        {
            return new LanguageDecision(known, SwitchRequested: false);
        }

        var (language, source) = written is { } clear
            ? (clear, LanguageSource.Detected)
            : LanguageDetector.FromLocale(activity.Locale) is { } fromLocale
                ? (fromLocale, LanguageSource.Locale)
                : LanguageDetector.Detect(text) is { } detected
                    ? (detected, LanguageSource.Detected)
                    : (profile.Language ?? defaultLanguage, LanguageSource.Default);
        profile.Language = language;
        profile.LanguageSource = source;
        return new LanguageDecision(language, SwitchRequested: false);
    }

    /// <summary>The language a message asks to switch to, if it is such a request.</summary>
    public static Language? RequestedSwitch(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        foreach (var courtesy in Courtesy)
        {
            normalized = normalized.Replace(courtesy, string.Empty, StringComparison.Ordinal);
        }

        normalized = TextNormalizer.Normalize(normalized);
        if (Array.Exists(ToSpanish, p => string.Equals(p, normalized, StringComparison.Ordinal)))
        {
            return Language.Spanish;
        }

        return Array.Exists(ToEnglish, p => string.Equals(p, normalized, StringComparison.Ordinal)) ? Language.English : null;
    }
}
