namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>Words and phrases, tokenized once, each standing for a value; found as whole-word sequences.</summary>
internal sealed class PhraseTable<T>
{
    private readonly List<(string[] Words, T Value)> phrases = [];

    public PhraseTable<T> Add(T value, params IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(entry)).Select(t => t.Text).ToArray();
            if (words.Length > 0)
            {
                phrases.Add((words, value));
            }
        }

        return this;
    }

    public bool UsesWord(string word) => phrases.Exists(p => p.Words.Contains(word, StringComparer.Ordinal));

    /// <summary>Every occurrence, overlapping ones included.</summary>
    public List<(int Start, int Length, T Value)> FindAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<(int Start, int Length, T Value)>();
        for (var start = 0; start < tokens.Count; start++)
        {
            foreach (var (words, value) in phrases)
            {
                if (TextNormalizer.MatchesAt(tokens, start, words))
                {
                    found.Add((start, words.Length, value));
                }
            }
        }

        return found;
    }

    /// <summary>Non-overlapping occurrences in text order, the longest taken first so that "muy mal"
    /// hides the "mal" inside it and "no gracias" the "no".</summary>
    public List<(int Start, int Length, T Value)> FindLongest(IReadOnlyList<Token> tokens)
    {
        var taken = new bool[tokens.Count];
        var kept = new List<(int Start, int Length, T Value)>();
        foreach (var match in FindAll(tokens).OrderByDescending(m => m.Length).ThenBy(m => m.Start))
        {
            if (taken.AsSpan(match.Start, match.Length).Contains(true))
            {
                continue;
            }

            Array.Fill(taken, true, match.Start, match.Length);
            kept.Add(match);
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>Values of the phrases the whole text is the beginning of ("hablar con", "encu"). A cut-off
    /// last word must be at least <paramref name="minimumPartialLength"/> characters to mean anything.</summary>
    public IEnumerable<T> FindByPrefix(IReadOnlyList<Token> tokens, int minimumPartialLength)
    {
        var last = tokens[^1].Text;
        foreach (var (words, value) in phrases)
        {
            if (tokens.Count > words.Length)
            {
                continue;
            }

            var head = true;
            for (var i = 0; i < tokens.Count - 1 && head; i++)
            {
                head = string.Equals(tokens[i].Text, words[i], StringComparison.Ordinal);
            }

            var word = words[tokens.Count - 1];
            if (head && (string.Equals(last, word, StringComparison.Ordinal)
                || (last.Length >= minimumPartialLength && word.StartsWith(last, StringComparison.Ordinal))))
            {
                yield return value;
            }
        }
    }
}
