using System.Text;

namespace SupportBot.Dialogs.Channels;

/// <summary>Splits a text that is too long for one message into parts of at most a given length: at paragraph ends
/// first, then at sentence ends, then between words, and only a single word longer than the limit is cut (never inside
/// a surrogate pair). Parts are packed greedily, so a text just over the limit becomes two parts, not many.</summary>
public static class TextSplitter
{
    private static readonly string[] ParagraphBreaks = ["\r\n\r\n", "\n\n"];

    /// <summary>The parts of <paramref name="text"/>, each at most <paramref name="maxLength"/> characters, in order.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var pieces = new List<(string Text, string Separator)>();
        foreach (var paragraph in text.Split(ParagraphBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (paragraph.Length <= maxLength)
            {
                pieces.Add((paragraph, "\n\n"));
                continue;
            }

            var first = true;
            foreach (var sentence in Sentences(paragraph))
            {
                foreach (var part in sentence.Length <= maxLength ? [sentence] : Words(sentence, maxLength))
                {
                    pieces.Add((part, first ? "\n\n" : " "));
                    first = false;
                }
            }
        }

        var result = new List<string>();
        var current = new StringBuilder();
        foreach (var (piece, separator) in pieces)
        {
            if (current.Length > 0 && current.Length + separator.Length + piece.Length > maxLength)
            {
                result.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(separator);
            }

            current.Append(piece);
        }

        if (current.Length > 0)
        {
            result.Add(current.ToString());
        }

        return result;
    }

    /// <summary>Sentences: a run ending in . ! ? … (with closing quotes or brackets) followed by white space, or a line break.</summary>
    private static List<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            var end = c == '\n'
                || (c is '.' or '!' or '?' or '…' && EndsSentenceAt(paragraph, i));
            if (!end)
            {
                continue;
            }

            var stop = i + 1;
            while (stop < paragraph.Length && paragraph[stop] is '"' or '»' or ')' or '”' or '\'')
            {
                stop++;
            }

            Add(sentences, paragraph[start..stop]);
            start = stop;
            i = stop - 1;
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool EndsSentenceAt(string text, int index)
    {
        var next = index + 1;
        while (next < text.Length && text[next] is '"' or '»' or ')' or '”' or '\'')
        {
            next++;
        }

        return next >= text.Length || char.IsWhiteSpace(text[next]);
    }

    private static void Add(List<string> parts, string part)
    {
        var trimmed = part.Trim();
        if (trimmed.Length > 0)
        {
            parts.Add(trimmed);
        }
    }

    /// <summary>A sentence longer than the limit: cut between words, a word longer than the limit cut where it must.</summary>
    private static List<string> Words(string sentence, int maxLength)
    {
        var parts = new List<string>();
        var rest = sentence.AsSpan().Trim();
        while (rest.Length > maxLength)
        {
            var cut = rest[..(maxLength + 1)].LastIndexOf(' ');
            if (cut <= 0)
            {
                cut = char.IsHighSurrogate(rest[maxLength - 1]) ? maxLength - 1 : maxLength;
                parts.Add(rest[..cut].ToString());
                rest = rest[cut..].TrimStart();
                continue;
            }

            parts.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }
}
