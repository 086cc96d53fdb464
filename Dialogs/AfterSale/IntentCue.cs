namespace SupportBot.Dialogs.AfterSale;

/// <summary>One piece of evidence for an intent: a pattern of normalized words and the weight it adds when found.
/// Pattern syntax: words separated by spaces; <c>devol*</c> matches any word starting with "devol"; <c>...</c> skips
/// up to three words ("cancel* ... devol*" finds "cancelar la devolución"); a leading <c>!</c> makes the cue
/// negatable: it does not count after a negation in the same clause ("no quiero devolverlo").</summary>
internal sealed class IntentCue(CustomerIntent intent, double weight, string[] parts, bool negatable)
{
    public const string Gap = "...";
    private const int MaxGap = 3;

    // Shorter stems with a typo match unrelated words ("repar" is one edit from "repair*").
    private const int MinimumStemForTypos = 7;

    public CustomerIntent Intent => intent;

    public double Weight => weight;

    public bool Negatable => negatable;

    /// <summary>The letter every match starts with (the first word's), or null when the pattern starts with a gap or
    /// a bare <c>*</c>: the recognizer skips a cue whose letter starts no word of the message.</summary>
    public char? FirstLetter { get; } = parts.Length > 0 && parts[0] != Gap && parts[0][0] != '*' ? parts[0][0] : null;

    public static IntentCue Parse(CustomerIntent intent, double weight, string pattern)
    {
        var negatable = pattern.StartsWith('!');
        var words = pattern.TrimStart('!').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold).ToArray();
        return new IntentCue(intent, weight, words, negatable);
    }

    /// <summary>Folds the spelling confusions of Spanish typing (b/v) the same way in cues and messages.</summary>
    public static string Fold(string word) => word.Replace('v', 'b');

    /// <summary>Where a match of the pattern that starts at word <paramref name="start"/> ends (exclusive), or -1.
    /// Callers walk the starts themselves: this runs for every cue on every message the recognizer reads, and an
    /// iterator per cue was a measurable share of a turn's allocations.</summary>
    public int MatchAt(IReadOnlyList<string> words, int start) => MatchFrom(words, start, 0);

    /// <summary>The end of the match of the pattern's parts from <paramref name="part"/> on at <paramref name="index"/>, or -1.</summary>
    private int MatchFrom(IReadOnlyList<string> words, int index, int part)
    {
        if (part == parts.Length)
        {
            return index;
        }

        if (parts[part] == Gap)
        {
            for (var skip = 0; skip <= MaxGap && index + skip <= words.Count; skip++)
            {
                var end = MatchFrom(words, index + skip, part + 1);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        return index < words.Count && WordMatches(words[index], parts[part]) ? MatchFrom(words, index + 1, part + 1) : -1;
    }

    // Typos: one edit (insert, delete, substitute, swap) in words of six letters or more, first letter right; shorter
    // words are too close to each other ("falla"/"falta").
    // Every kind of match needs the first letter right (a bare "*" aside): checked first, since nearly every word
    // meets nearly every cue with a different first letter and would otherwise pay for the typo distances.
    private static bool WordMatches(string word, string pattern)
    {
        if (pattern[0] != '*' && (word.Length == 0 || word[0] != pattern[0]))
        {
            return false;
        }

        if (pattern.EndsWith('*'))
        {
            var prefix = pattern.AsSpan(0, pattern.Length - 1);
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }

            // A typo inside the stem: compare with the word's start one letter shorter, as long, and one longer.
            for (var length = prefix.Length - 1; prefix.Length >= MinimumStemForTypos && length <= prefix.Length + 1; length++)
            {
                if (word.Length >= length && word[0] == prefix[0] && Distance(word.AsSpan(0, length), prefix) <= 1)
                {
                    return true;
                }
            }

            return false;
        }

        return string.Equals(word, pattern, StringComparison.Ordinal)
               || (pattern.Length >= 6 && word.Length >= 5 && word[0] == pattern[0] && Math.Abs(word.Length - pattern.Length) <= 1
                   && Distance(word, pattern) <= 1);
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps).</summary>
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // Three rolling rows on the stack (a swap looks two rows back): this runs for many word pairs on every message,
        // and a matrix on the heap for each pair was a measurable share of a turn's allocations.
        var width = b.Length + 1;
        Span<int> buffer = width <= 64 ? stackalloc int[3 * width] : new int[3 * width];
        var twoBack = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, twoBack[j - 2] + 1);
                }

                current[j] = best;
            }

            var spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }
}
