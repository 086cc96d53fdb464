using System.Collections.Frozen;
using System.Globalization;

namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>Reads one whole number, such as a score, from a customer's answer in Spanish or English:
/// "7", "siete", "8/10", "4 de 5", "four out of five", "le doy un 9", "I'd say 7", "8 puntos".</summary>
public static class NumberRecognizer
{
    /// <summary>Number words 0–10 in both languages.</summary>
    internal static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["cero"] = 0, ["zero"] = 0,
        ["uno"] = 1, ["una"] = 1, ["un"] = 1, ["one"] = 1,
        ["dos"] = 2, ["two"] = 2,
        ["tres"] = 3, ["three"] = 3,
        ["cuatro"] = 4, ["four"] = 4,
        ["cinco"] = 5, ["five"] = 5,
        ["seis"] = 6, ["six"] = 6,
        ["siete"] = 7, ["seven"] = 7,
        ["ocho"] = 8, ["eight"] = 8,
        ["nueve"] = 9, ["nine"] = 9,
        ["diez"] = 10, ["ten"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Mostly articles ("le doy un 9", "the one I got"): a number only when last or before a unit.
    private static readonly FrozenSet<string> Articles = new[] { "un", "una", "one" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Units = new[]
    {
        "estrella", "estrellas", "star", "stars", "punto", "puntos", "point", "points", "pts",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FractionWords = new[] { "de", "sobre", "of" }.ToFrozenSet(StringComparer.Ordinal);

    // "nueve y medio", "7 and a half": a score we must not round for the customer.
    private static readonly FrozenSet<string> Halves = new[] { "medio", "media", "half" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Recognizes a whole number between <paramref name="min"/> and <paramref name="max"/> inclusive.
    /// A fraction gives its numerator ("8/10" is 8) when its denominator is <paramref name="max"/>: "4/5" answers another
    /// scale than 0–10 and gives nothing, so the customer is asked again rather than misread. Two different
    /// numbers ("entre 7 y 8"), negative or decimal numbers and out-of-range values give nothing.</summary>
    /// <param name="text">The customer's message.</param>
    /// <param name="min">Smallest accepted value.</param>
    /// <param name="max">Largest accepted value.</param>
    /// <returns>The number, or <see cref="Recognition{T}.None"/>.</returns>
    public static Recognition<int> Recognize(string? text, int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, max);
        var normalized = TextNormalizer.Normalize(text);
        return Scan(normalized, TextNormalizer.Tokenize(normalized), out _, max) is int value && value >= min && value <= max
            ? Recognition<int>.Of(value)
            : Recognition<int>.None;
    }

    /// <summary>The single number in the text, unchecked against any range; null when there is none, more than
    /// one, or one that must not be guessed at. <paramref name="sawNumber"/> tells callers with fallbacks of
    /// their own (ratings) that the customer did answer with a number, even an unusable one. A fraction must be out of
    /// <paramref name="scale"/>.</summary>
    internal static int? Scan(string normalized, IReadOnlyList<Token> tokens, out bool sawNumber, int scale)
    {
        var numbers = new List<int>();
        var articles = new List<int>();
        var rejected = false;
        var half = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!TryRead(token.Text, out var value))
            {
                half |= Halves.Contains(token.Text);
            }
            else if (IsNegative(normalized, token))
            {
                rejected = true;
            }
            else if (TryFraction(normalized, tokens, i, out var end, out var denominator))
            {
                rejected |= denominator != scale;
                numbers.Add(value);
                i = end;
            }
            else if (i + 1 < tokens.Count && token.IsDigits && tokens[i + 1].IsDigits
                && tokens[i + 1].Start == token.End + 1 && normalized[token.End] is '.' or ',')
            {
                rejected = true;
            }
            else if (!Articles.Contains(token.Text))
            {
                numbers.Add(value);
            }
            else if (i == tokens.Count - 1 || Units.Contains(tokens[i + 1].Text))
            {
                articles.Add(value);
            }
        }

        var candidates = numbers.Count > 0 ? numbers : articles;
        sawNumber = rejected || candidates.Count > 0;
        if (rejected || (half && sawNumber))
        {
            return null;
        }

        var distinct = candidates.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    /// <summary>Reads digits or a number word; digits too long for an int read as <see cref="int.MaxValue"/>,
    /// which is out of every range yet still counts as a number.</summary>
    internal static bool TryRead(string word, out int value)
    {
        if (char.IsAsciiDigit(word[0]))
        {
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                value = int.MaxValue;
            }

            return true;
        }

        return Words.TryGetValue(word, out value);
    }

    private static bool IsNegative(string normalized, Token token) =>
        token.IsDigits && token.Start > 0 && normalized[token.Start - 1] == '-'
        && (token.Start == 1 || !char.IsLetterOrDigit(normalized[token.Start - 2]));

    private static bool TryFraction(string normalized, IReadOnlyList<Token> tokens, int index, out int end, out int denominator)
    {
        end = index + 1;
        denominator = 0;
        if (end < tokens.Count && TextNormalizer.Between(normalized, tokens[index], tokens[end]) is "/")
        {
            return TryRead(tokens[end].Text, out denominator);
        }

        if (end + 1 < tokens.Count && FractionWords.Contains(tokens[end].Text))
        {
            end++;
        }
        else if (end + 2 < tokens.Count && tokens[end].Text == "out" && tokens[end + 1].Text == "of")
        {
            end += 2;
        }
        else
        {
            return false;
        }

        return TryRead(tokens[end].Text, out denominator);
    }
}
