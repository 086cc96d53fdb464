using System.Collections.Frozen;

namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>Works out which of a list of choices a customer picked, by title in either language, by synonym,
/// by value, by position ("2", "la segunda", "the last one") or by a phrase inside a longer message.</summary>
public static class ChoiceRecognizer
{
    private const int MinimumPrefixLength = 4;

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["primero"] = 1, ["primera"] = 1, ["primer"] = 1, ["first"] = 1,
        ["segundo"] = 2, ["segunda"] = 2, ["second"] = 2,
        ["tercero"] = 3, ["tercera"] = 3, ["tercer"] = 3, ["third"] = 3,
        ["cuarto"] = 4, ["cuarta"] = 4, ["fourth"] = 4,
        ["quinto"] = 5, ["quinta"] = 5, ["fifth"] = 5,
        ["sexto"] = 6, ["sexta"] = 6, ["sixth"] = 6,
        ["septimo"] = 7, ["septima"] = 7, ["seventh"] = 7,
        ["octavo"] = 8, ["octava"] = 8, ["eighth"] = 8,
        ["noveno"] = 9, ["novena"] = 9, ["ninth"] = 9,
        ["decimo"] = 10, ["decima"] = 10, ["tenth"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Last = new[] { "ultimo", "ultima", "last" }.ToFrozenSet(StringComparer.Ordinal);

    // Words around a position that leave it unchanged: "quiero la opción 2", "option #3", "2º", "3rd", "1ra".
    private static readonly FrozenSet<string> PositionFiller = new[]
    {
        "la", "el", "lo", "opcion", "numero", "nº", "num", "nro", "quiero", "prefiero", "elijo", "escojo", "me", "quedo",
        "con", "por", "favor", "the", "option", "number", "choice", "i", "d", "ll", "want", "take", "pick", "choose",
        "go", "with", "please", "st", "nd", "rd", "th", "o", "a", "º", "ª", "er", "ro", "ra", "do", "da", "to", "ta",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Recognizes the picked choice, trying in order: the whole message equals a title, synonym or value;
    /// the message is a position (1-based; out of range gives nothing); the message contains a title or synonym
    /// (the longest wins, a tie between two choices gives nothing); the message is the start of exactly one title
    /// or synonym, with a cut-off last word of at least four letters ("encu", "hablar con").
    /// Number and ordinal words that occur in a title ("una") are read as part of it, never as positions.</summary>
    /// <param name="text">The customer's message.</param>
    /// <param name="choices">The choices offered, in the order shown.</param>
    /// <returns>The index of the picked choice in <paramref name="choices"/>, or <see cref="Recognition{T}.None"/>.</returns>
    public static Recognition<int> Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return Recognize(text, choices, prepared: null);
    }

    /// <summary>As <see cref="Recognize(string?, IReadOnlyList{Choice})"/>, with the phrases prepared beforehand.</summary>
    /// <param name="text">The customer's message.</param>
    /// <param name="choices">The choices offered, from <see cref="Prepare"/>.</param>
    public static Recognition<int> Recognize(string? text, PreparedChoices choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return Recognize(text, choices.Choices, choices);
    }

    /// <summary>The phrases of a fixed list of choices, prepared once for every later message.</summary>
    public static PreparedChoices Prepare(IReadOnlyList<Choice> choices) => new(choices);

    private static Recognition<int> Recognize(string? text, IReadOnlyList<Choice> choices, PreparedChoices? prepared)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = TextNormalizer.Tokenize(normalized);
        if (tokens.Count == 0 || choices.Count == 0)
        {
            return Recognition<int>.None;
        }

        prepared ??= new PreparedChoices(choices);
        var phrases = prepared.Phrases;
        var values = prepared.Values;
        var matches = phrases.FindAll(tokens);
        var exact = matches.Concat(values.FindAll(tokens)).Where(m => m.Length == tokens.Count).ToList();
        if (exact.Count > 0)
        {
            return Single(exact.Select(m => m.Value));
        }

        if (Position(tokens, choices.Count, phrases) is int position)
        {
            return position >= 1 && position <= choices.Count ? Recognition<int>.Of(position - 1) : Recognition<int>.None;
        }

        if (matches.Count > 0)
        {
            var longest = matches.Max(m => m.Length);
            return Single(matches.Where(m => m.Length == longest).Select(m => m.Value));
        }

        return normalized.Length >= MinimumPrefixLength
            ? Single(phrases.FindByPrefix(tokens, MinimumPrefixLength))
            : Recognition<int>.None;
    }

    /// <summary>Whether the whole message is a position among <paramref name="count"/> options shown as a numbered list
    /// ("2", "dos", "la segunda", "option 3", "the last one"); <paramref name="index"/> is then 0-based.</summary>
    public static bool TryReadPosition(string? text, int count, out int index)
    {
        index = -1;
        var tokens = TextNormalizer.Tokenize(TextNormalizer.Normalize(text));
        if (tokens.Count == 0 || count <= 0 || Position(tokens, count, new PhraseTable<int>()) is not int position
            || position < 1 || position > count)
        {
            return false;
        }

        index = position - 1;
        return true;
    }

    /// <summary>The 1-based position the message consists of, or null when it is anything more than a position.</summary>
    private static int? Position(List<Token> tokens, int count, PhraseTable<int> phrases)
    {
        int? position = null;
        foreach (var token in tokens)
        {
            var word = token.Text;
            if (PositionFiller.Contains(word) || (position is not null && word is "one" or "uno" or "una"))
            {
                // "the second one", "la segunda opción": the extra words repeat or frame the position.
                continue;
            }

            int? value = null;
            if (token.IsDigits)
            {
                NumberRecognizer.TryRead(word, out var digits);
                value = digits;
            }
            else if (!phrases.UsesWord(word))
            {
                value = Ordinals.TryGetValue(word, out var ordinal) ? ordinal
                    : Last.Contains(word) ? count
                    : NumberRecognizer.Words.TryGetValue(word, out var number) ? number
                    : null;
            }

            if (value is null || position is not null)
            {
                return null;
            }

            position = value;
        }

        return position;
    }

    private static Recognition<int> Single(IEnumerable<int> indexes)
    {
        var distinct = indexes.Distinct().Take(2).ToList();
        return distinct.Count == 1 ? Recognition<int>.Of(distinct[0]) : Recognition<int>.None;
    }
}
