namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>One option a customer can pick, by button, by title, by synonym or by position.</summary>
/// <param name="Value">Stable value returned when picked (persisted; never localised).</param>
/// <param name="Titles">Display titles; every title is also recognised as a synonym.</param>
/// <param name="Synonyms">Further words or phrases, in any language, that pick this option.</param>
public sealed record Choice(string Value, IReadOnlyList<string> Titles, IReadOnlyList<string> Synonyms);
