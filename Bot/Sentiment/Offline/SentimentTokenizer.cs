using System.Globalization;
using System.Text;

namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>Splits a comment into sentences and tokens with UTF-16 offsets, folding case and accents
/// ("PÉSIMO" and "pesimo" read alike) without allocating more than one string per token.</summary>
internal static class SentimentTokenizer
{
    private const int MaxEmoticonLength = 4;

    /// <summary>The sentences of <paramref name="text"/> as (start, length), trimmed; a piece with no letters
    /// ("!!!", "😡" after a sentence) joins the sentence before it.</summary>
    public static List<(int Start, int Length)> Sentences(string text)
    {
        var sentences = new List<(int Start, int Length)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsSentenceEnd(text, i))
            {
                i++;
                continue;
            }

            while (i < text.Length && (IsTerminator(text[i]) || text[i] is '"' or ')' or '»' or '”'))
            {
                i++;
            }

            Add(text, start, i, sentences);
            start = i;
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>The tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<TextToken> Tokenize(string text, int start, int end, IReadOnlySet<string> emoticons)
    {
        var tokens = new List<TextToken>(16);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\uFE0F' or '\uFE0E' or '\u200D')
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                // Skin tones change nothing about the feeling.
                if (codePoint is < 0x1F3FB or > 0x1F3FF)
                {
                    tokens.Add(new TextToken(text.Substring(i, 2), i, 2, TokenKind.Emoji, false));
                }

                i += 2;
            }
            else if (TryEmoticon(text, i, end, emoticons, out var length))
            {
                tokens.Add(new TextToken(text.Substring(i, length), i, length, TokenKind.Emoji, false));
                i += length;
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
            {
                tokens.Add(new TextToken(c.ToString(), i, 1, TokenKind.Emoji, false));
                i++;
            }
            else
            {
                tokens.Add(new TextToken(c == '…' ? "." : c.ToString(), i, 1, TokenKind.Punctuation, false));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>Lower case without accents: "Pésimo" → "pesimo", "ÑOÑO" → "nono", curly apostrophes → '.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return char.ToLowerInvariant(c) switch
        {
            'á' or 'à' or 'â' or 'ä' or 'ã' => 'a',
            'é' or 'è' or 'ê' or 'ë' => 'e',
            'í' or 'ì' or 'î' or 'ï' => 'i',
            'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
            'ú' or 'ù' or 'û' or 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            '’' or '‘' or '´' or '`' => '\'',
            var other => other,
        };
    }

    /// <summary>Folds a whole string the way tokens are folded (for lexicon entries).</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    private static int ReadWord(string text, int start, int end, List<TextToken> tokens)
    {
        var i = start;
        var letters = 0;
        var upper = 0;
        var builder = new StringBuilder(12);
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    upper += char.IsUpper(c) ? 1 : 0;
                }

                builder.Append(Fold(c));
                i++;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c is '\'' or '’' or '-' && i + 1 < end && char.IsLetter(text[i + 1]) && builder.Length > 0)
            {
                builder.Append(Fold(c));
                i++;
            }
            else
            {
                break;
            }
        }

        tokens.Add(new TextToken(builder.ToString(), start, i - start, TokenKind.Word, letters >= 2 && upper == letters));
        return i;
    }

    private static bool TryEmoticon(string text, int start, int end, IReadOnlySet<string> emoticons, out int length)
    {
        for (length = Math.Min(MaxEmoticonLength, end - start); length >= 2; length--)
        {
            var candidate = text.AsSpan(start, length);
            // An emoticon ends at a space, the end of the text or more punctuation: ":D" but not ":Dear".
            var next = start + length;
            if ((next >= end || !char.IsLetterOrDigit(text[next])) && emoticons.Contains(candidate.ToString()))
            {
                return true;
            }
        }

        length = 0;
        return false;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '\n' or '\r';

    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c is '!' or '?' or '…' or '\n' or '\r')
        {
            return true;
        }

        // "3.5", "www.shop.com" and "e.g." are not ends; a full stop before a space or the end is.
        return c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || IsTerminator(text[i + 1]));
    }

    private static void Add(string text, int start, int end, List<(int Start, int Length)> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        var hasLetters = false;
        for (var i = start; i < end && !hasLetters; i++)
        {
            hasLetters = char.IsLetter(text[i]);
        }

        if (!hasLetters && sentences.Count > 0)
        {
            var last = sentences[^1];
            sentences[^1] = (last.Start, end - last.Start);
            return;
        }

        sentences.Add((start, end - start));
    }
}
