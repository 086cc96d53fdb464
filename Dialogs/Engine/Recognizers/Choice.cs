using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>One option a customer can pick, by button, by title, by synonym or by position.</summary>
/// <param name="Value">Stable value returned when picked (persisted; never localised).</param>
/// <param name="Title">Display title in each language; both titles are recognised whatever the language.</param>
/// <param name="Synonyms">Further words or phrases, in any language, that pick this option.</param>
public sealed record Choice(string Value, LocalizedText Title, IReadOnlyList<string> Synonyms);
