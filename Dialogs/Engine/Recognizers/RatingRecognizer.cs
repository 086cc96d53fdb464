using System.Collections.Frozen;

namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>Reads a satisfaction (CSAT) rating from 1 to 5 from a number, stars, an emoji or words
/// in Spanish or English ("4/5", "★★★★☆", "cuatro estrellas", "🙂", "muy satisfecho", "not bad").</summary>
public static class RatingRecognizer
{
    private static readonly PhraseTable<int> Phrases = new PhraseTable<int>()
        .Add(5, "excelente", "excellent", "perfecto", "perfecta", "perfect", "genial", "great", "amazing",
            "muy satisfecho", "muy satisfecha", "very satisfied", "encantado", "encantada", "me encanta", "love it",
            "muy bien", "muy bueno", "muy buena", "very good", "muy contento", "muy contenta", "very happy",
            "fantástico", "fantastic", "estupendo", "increíble", "awesome", "wonderful",
            "😀", "😃", "😄", "😁", "😍", "🤩", "🥰", "❤️")
        .Add(4, "bien", "bueno", "buena", "good", "satisfecho", "satisfecha", "satisfied", "happy",
            "contento", "contenta", "nice", "me gusta", "like it", "nada mal",
            "🙂", "😊", "👍")
        .Add(3, "normal", "regular", "ok", "okay", "meh", "así así", "so so", "neutral", "ni bien ni mal",
            "más o menos", "average", "aceptable", "acceptable", "fine",
            "😐", "😶", "🤔")
        .Add(2, "mal", "malo", "mala", "bad", "poor", "not great", "not good", "no muy bien",
            "insatisfecho", "insatisfecha", "dissatisfied", "unhappy", "descontento", "descontenta",
            "decepcionado", "decepcionada", "disappointed", "mejorable",
            "😞", "☹️", "🙁", "😢", "👎")
        .Add(1, "muy mal", "muy malo", "muy mala", "fatal", "terrible", "horrible", "pésimo", "pésima", "awful",
            "very bad", "very poor", "muy insatisfecho", "muy insatisfecha", "very dissatisfied", "muy descontento",
            "the worst", "worst", "lo peor", "desastre", "disaster",
            "😡", "🤬", "😠", "😭");

    private static readonly FrozenSet<string> Negators = new[]
    {
        "no", "ni", "nada", "nunca", "tampoco", "not", "never",
        "isn", "wasn", "aren", "weren", "don", "didn", "doesn", "ain",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that may stand between a negator and what it negates: "no estoy muy contento", "it wasn't really good".
    private static readonly FrozenSet<string> NegationGlue = new[]
    {
        "es", "esta", "estoy", "estaba", "estuvo", "era", "fue", "ha", "he", "han", "sido", "estado", "parecido",
        "me", "nos", "lo", "la", "el", "muy", "tan", "demasiado", "del", "todo",
        "i", "m", "it", "s", "t", "is", "was", "am", "are", "be", "been", "feel", "felt",
        "too", "so", "very", "that", "really", "quite", "at", "all",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Recognizes a 1–5 rating. A number or stars, when present, decide on their own (stars must agree
    /// with the number; a single star after a number is its unit, "4 ⭐"). Otherwise emoji and words decide:
    /// the longest phrase wins over its parts, a negation changes the meaning ("no estoy satisfecho" is 2,
    /// "not bad" 3), and words that disagree give nothing.</summary>
    /// <param name="text">The customer's message.</param>
    /// <returns>The rating, or <see cref="Recognition{T}.None"/>.</returns>
    public static Recognition<int> Recognize(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = TextNormalizer.Tokenize(normalized);
        var filled = tokens.Count(t => t.Text is "★" or "⭐");
        var stars = filled + tokens.Count(t => t.Text is "☆");
        var number = NumberRecognizer.Scan(normalized, tokens, out var sawNumber, scale: 5);
        if (sawNumber)
        {
            return number is int value and >= 1 and <= 5 && (stars <= 1 || filled == value)
                ? Recognition<int>.Of(value)
                : Recognition<int>.None;
        }

        if (stars > 0)
        {
            return filled is >= 1 and <= 5 ? Recognition<int>.Of(filled) : Recognition<int>.None;
        }

        int? rating = null;
        foreach (var (start, _, value) in Phrases.FindLongest(tokens))
        {
            var meant = IsNegated(normalized, tokens, start) ? Negate(value) : value;
            if (meant is null || (rating is not null && rating != meant))
            {
                return Recognition<int>.None;
            }

            rating = meant;
        }

        return rating is int result ? Recognition<int>.Of(result) : Recognition<int>.None;
    }

    // A negated good rating is poor and a negated poor one is middling ("no está mal");
    // a negated middling one ("not ok") has no honest reading, so recognition stops rather than guesses.
    private static int? Negate(int rating) => rating switch
    {
        >= 4 => 2,
        <= 2 => 3,
        _ => null,
    };

    private static bool IsNegated(string normalized, List<Token> tokens, int start)
    {
        // A phrase that carries its own negation ("not great", "ni bien ni mal", "nada mal") means what it says.
        if (Negators.Contains(tokens[start].Text))
        {
            return false;
        }

        for (var i = start - 1; i >= 0 && i >= start - 4; i--)
        {
            // "no, genial" answers two things: punctuation ends the negation's reach, bar the one in "wasn't".
            if (TextNormalizer.Between(normalized, tokens[i], tokens[i + 1]) is not ("" or "'"))
            {
                return false;
            }

            if (Negators.Contains(tokens[i].Text))
            {
                return true;
            }

            if (!NegationGlue.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return false;
    }
}
