using System.Globalization;
using System.Text;

namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>Brings customer text to one comparable form, so every recognizer treats Spanish and English,
/// accents or none, capitals and stray punctuation alike.</summary>
public static class TextNormalizer
{
    // Only at the edges: inside the text punctuation still separates words and '/' carries "4/5".
    private static readonly char[] EdgeTrim =
        [' ', '.', ',', ';', ':', '!', '?', '¡', '¿', '"', '\'', '(', ')', '…', '“', '”', '«', '»'];

    /// <summary>Lower-cases (invariant culture), folds accents and diacritics (á→a, ü→u, ñ→n), collapses
    /// whitespace and trims punctuation at both ends. Emoji, stars and inner punctuation such as '/' are kept;
    /// emoji variation selectors are dropped so "❤️" and "❤" compare equal.</summary>
    /// <param name="text">Raw customer text; null counts as empty.</param>
    /// <returns>The normalized text; empty when nothing meaningful is left.</returns>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // ASCII has nothing to fold (no accents, curly quotes or selectors), so it needs neither Unicode normalization.
        // Most answers are like that ("5", "yes", a button's value), and recognizers normalize what they compare on every
        // turn, so text already in that form comes back as it is.
        if (Ascii.IsValid(text))
        {
            return IsNormalizedAscii(text) ? text : Collapse(text.ToLowerInvariant()).Trim(EdgeTrim);
        }

        // A lone surrogate or U+FFFE (JSON can carry them as \u escapes) makes Normalize throw: they become U+FFFD first.
        var decomposed = WithoutLoneSurrogates(text.ToLowerInvariant()).Normalize(NormalizationForm.FormD);
        return Collapse(decomposed).Normalize(NormalizationForm.FormC).Trim(EdgeTrim);
    }

    // Drops combining marks and emoji variation selectors, collapses whitespace runs to one space (none at the ends)
    // and straightens curly apostrophes.
    private static string Collapse(string lower)
    {
        var builder = new StringBuilder(lower.Length);
        var pendingSpace = false;
        foreach (var c in lower)
        {
            if (c is (>= '\u0300' and <= '\u036F') or '\uFE0E' or '\uFE0F')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // Phone keyboards type curly apostrophes; "I’d" must read like "I'd".
            builder.Append(c is '‘' or '’' ? '\'' : c);
        }

        return builder.ToString();
    }

    private static bool IsNormalizedAscii(string text)
    {
        if (Array.IndexOf(EdgeTrim, text[0]) >= 0 || Array.IndexOf(EdgeTrim, text[^1]) >= 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterUpper(c) || (char.IsWhiteSpace(c) && (c != ' ' || text[i + 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="normalizedText"/> is <paramref name="phrase"/> or contains it as a sequence
    /// of whole words. Both sides are normalized, and words match across any spaces or punctuation, so "si claro"
    /// is found in "sí, claro" but "persona" is not found in "personal".</summary>
    /// <param name="normalizedText">Text, ideally already normalized (normalizing twice changes nothing).</param>
    /// <param name="phrase">The word or phrase to look for; an empty phrase is never found.</param>
    /// <returns>True when the phrase occurs as whole words.</returns>
    public static bool ContainsPhrase(string normalizedText, string phrase)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(phrase);
        var text = Normalize(normalizedText);
        var wanted = Normalize(phrase);
        if (wanted.Length == 0)
        {
            return false;
        }

        if (string.Equals(text, wanted, StringComparison.Ordinal))
        {
            return true;
        }

        var tokens = Tokenize(text);
        var words = Tokenize(wanted).Select(t => t.Text).ToArray();
        if (words.Length == 0)
        {
            return false;
        }

        for (var start = 0; start < tokens.Count; start++)
        {
            if (MatchesAt(tokens, start, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits normalized text into words, digit runs and single symbols; everything else separates.
    /// Digits and letters split apart ("8puntos", "3rd"); skin tones, joiners and selectors vanish.</summary>
    internal static List<Token> Tokenize(string normalized)
    {
        var tokens = new List<Token>();
        var index = 0;
        while (index < normalized.Length)
        {
            var start = index;
            var kind = KindAt(normalized, ref index);
            if (kind == TokenKind.Symbol)
            {
                tokens.Add(new Token(normalized[start..index], start, index));
            }
            else if (kind != TokenKind.Separator)
            {
                var end = index;
                while (index < normalized.Length && KindAt(normalized, ref index) == kind)
                {
                    end = index;
                }

                index = end;
                tokens.Add(new Token(normalized[start..end], start, end));
            }
        }

        return tokens;
    }

    /// <summary>The text between two tokens, trimmed: empty when only spaces separate them.</summary>
    internal static ReadOnlySpan<char> Between(string normalized, Token left, Token right) =>
        normalized.AsSpan(left.End, right.Start - left.End).Trim();

    internal static bool MatchesAt(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!string.Equals(tokens[start + i].Text, words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static TokenKind KindAt(string text, ref int index)
    {
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length);
        index += length;
        if (Rune.IsLetter(rune))
        {
            return TokenKind.Word;
        }

        if (rune.IsAscii && Rune.IsDigit(rune))
        {
            return TokenKind.Digits;
        }

        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol ? TokenKind.Symbol : TokenKind.Separator;
    }

    private enum TokenKind
    {
        Separator,
        Word,
        Digits,
        Symbol,
    }

    // Normalize refuses lone surrogates and U+FFFE. Re-encoding keeps valid pairs (emoji) and turns lone halves into
    // U+FFFD; most text has neither.
    private static string WithoutLoneSurrogates(string text)
        => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && !text.Contains('\uFFFE', StringComparison.Ordinal)
            ? text
            : Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Replace('\uFFFE', '\uFFFD');
}
