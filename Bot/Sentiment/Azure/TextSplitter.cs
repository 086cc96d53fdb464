using System.Globalization;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Cuts a text longer than the service's per-document limit into pieces at sentence boundaries (or, for
/// a single overlong sentence, at a space), each within the limit in text elements (graphemes).</summary>
internal static class TextSplitter
{
    /// <summary>The pieces, each with its UTF-16 offset in <paramref name="text"/>; concatenated they give the text back.</summary>
    public static IReadOnlyList<TextPiece> Split(string text, int maxTextElements)
    {
        if (new StringInfo(text).LengthInTextElements <= maxTextElements)
        {
            return [new TextPiece(0, text)];
        }

        var pieces = new List<TextPiece>();
        var start = 0;
        var length = 0;
        var elements = 0;
        foreach (var sentence in Sentences(text))
        {
            var count = new StringInfo(sentence.Text).LengthInTextElements;
            if (elements + count > maxTextElements && length > 0)
            {
                pieces.Add(new TextPiece(start, text.Substring(start, length)));
                start = sentence.Offset;
                length = 0;
                elements = 0;
            }

            if (count > maxTextElements)
            {
                foreach (var part in HardSplit(sentence, maxTextElements))
                {
                    pieces.Add(part);
                }

                start = sentence.Offset + sentence.Text.Length;
                continue;
            }

            length += sentence.Text.Length;
            elements += count;
        }

        if (length > 0)
        {
            pieces.Add(new TextPiece(start, text.Substring(start, length)));
        }

        return pieces;
    }

    /// <summary>Sentences ending in . ! ? … or a line break, each keeping the spaces that follow it.</summary>
    private static IEnumerable<TextPiece> Sentences(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            i++;
            if (c is '.' or '!' or '?' or '…' or '\n')
            {
                while (i < text.Length && text[i] is '.' or '!' or '?' or '…' or '"' or '\'' or ')' or '»' or '”')
                {
                    i++;
                }

                if (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    continue;
                }

                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                yield return new TextPiece(start, text[start..i]);
                start = i;
            }
        }

        if (start < text.Length)
        {
            yield return new TextPiece(start, text[start..]);
        }
    }

    /// <summary>Splits one overlong sentence at the last space within the limit, or at a grapheme boundary.</summary>
    private static IEnumerable<TextPiece> HardSplit(TextPiece sentence, int maxTextElements)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(sentence.Text);
        var first = 0;
        while (boundaries.Length - first > maxTextElements)
        {
            var startIndex = boundaries[first];
            var cut = first + maxTextElements;
            for (var k = cut; k > first + (maxTextElements / 2); k--)
            {
                if (char.IsWhiteSpace(sentence.Text[boundaries[k] - 1]))
                {
                    cut = k;
                    break;
                }
            }

            yield return new TextPiece(sentence.Offset + startIndex, sentence.Text[startIndex..boundaries[cut]]);
            first = cut;
        }

        yield return new TextPiece(sentence.Offset + boundaries[first], sentence.Text[boundaries[first]..]);
    }
}
