namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>A fixed list of phrases, normalized and split into words once, looked for in a message that is normalized
/// and split once: the same answer as <see cref="TextNormalizer.ContainsPhrase"/> for each phrase in turn, without
/// redoing that work per phrase on every message.</summary>
public sealed class PhraseList
{
    private readonly (string Text, string[] Words)[] _phrases;

    /// <summary>Prepares <paramref name="phrases"/>; phrases that normalize to nothing never match.</summary>
    public PhraseList(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases =
        [
            .. phrases
                .Select(p => TextNormalizer.Normalize(p))
                .Where(p => p.Length > 0)
                .Select(p => (p, TextNormalizer.Tokenize(p).Select(t => t.Text).ToArray())),
        ];
    }

    /// <summary>Whether any phrase is the whole of <paramref name="text"/> or a run of its words.</summary>
    /// <param name="text">The message, normalized or not.</param>
    public bool FoundIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        List<Token>? tokens = null;
        foreach (var (phrase, words) in _phrases)
        {
            if (string.Equals(normalized, phrase, StringComparison.Ordinal))
            {
                return true;
            }

            if (words.Length == 0)
            {
                continue;
            }

            tokens ??= TextNormalizer.Tokenize(normalized);
            for (var start = 0; start + words.Length <= tokens.Count; start++)
            {
                if (TextNormalizer.MatchesAt(tokens, start, words))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
