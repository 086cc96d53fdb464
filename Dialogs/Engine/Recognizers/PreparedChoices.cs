namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>A list of choices with the phrases that pick them (titles in both languages, synonyms, values) tokenized
/// once: a fixed menu keeps one and hands it to <see cref="ChoiceRecognizer.Recognize(string?, PreparedChoices)"/>
/// instead of having them prepared again on every message.</summary>
public sealed class PreparedChoices
{
    internal PreparedChoices(IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Choices = choices;
        for (var i = 0; i < choices.Count; i++)
        {
            Phrases.Add(i, [choices[i].Title.Spanish, choices[i].Title.English, .. choices[i].Synonyms]);
            Values.Add(i, choices[i].Value);
        }
    }

    /// <summary>The choices, in the order shown.</summary>
    public IReadOnlyList<Choice> Choices { get; }

    internal PhraseTable<int> Phrases { get; } = new();

    internal PhraseTable<int> Values { get; } = new();
}
