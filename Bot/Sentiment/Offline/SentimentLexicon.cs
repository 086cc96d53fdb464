using System.Globalization;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>The terms of one language: a general lexicon (VADER and AFINN for English, AFINN for Spanish) under our
/// hand-written post-sale lexicon, emoji and emoticons, and the other language's post-sale words for mixed messages.</summary>
internal sealed class SentimentLexicon
{
    // AFINN rates −5..5; VADER, whose scale the scorer uses, −4..4.
    private const double AfinnScale = 0.8;

    private readonly Dictionary<string, List<LexiconEntry>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconEntry>> _aspects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconEntry> _foreign = new(StringComparer.Ordinal);
    private readonly HashSet<string> _emoticons = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);
    private readonly HashSet<string> _negators = new(StringComparer.Ordinal);

    private SentimentLexicon(Language language) => Language = language;

    /// <summary>The language of the lexicon.</summary>
    public Language Language { get; }

    /// <summary>Emoticons such as ":)" and "&lt;3", as written (":D" is not ":d").</summary>
    public IReadOnlySet<string> Emoticons => _emoticons;

    /// <summary>Loads the lexicon of <paramref name="language"/> from the embedded resources.</summary>
    public static SentimentLexicon Load(Language language)
    {
        var lexicon = new SentimentLexicon(language);
        foreach (var (term, value) in ReadVader())
        {
            if (!char.IsLetterOrDigit(term[0]) && term.Length is >= 2 and <= 4)
            {
                lexicon._emoticons.Add(term);
                Add(lexicon._terms, new LexiconEntry([term], TermKind.Valence, value));
            }
            else if (language == Language.English)
            {
                Add(lexicon._terms, new LexiconEntry(Split(term), TermKind.Valence, value));
            }
        }

        var afinn = language == Language.English ? "AFINN-en-165.txt" : "AFINN-es-tidytext.txt";
        foreach (var line in ReadLines(afinn))
        {
            var parts = line.Split('\t');
            var words = Split(parts[0]);
            if (Find(lexicon._terms, words) is null)
            {
                Add(lexicon._terms, new LexiconEntry(words, TermKind.Valence, AfinnScale * ParseNumber(parts[1])));
            }
        }

        lexicon.AddCurated("emoji.tsv", foreign: false);
        lexicon.AddCurated("ratings.tsv", foreign: false);
        lexicon.AddCurated(language == Language.English ? "postsale-en.tsv" : "postsale-es.tsv", foreign: false);
        lexicon.AddCurated(language == Language.English ? "postsale-es.tsv" : "postsale-en.tsv", foreign: true);
        foreach (var table in new[] { lexicon._terms, lexicon._aspects })
        {
            foreach (var (key, list) in table)
            {
                foreach (var entry in list)
                {
                    if (entry.Words.Length == 1 && entry.Kind == TermKind.Ignore)
                    {
                        lexicon._ignored.Add(entry.Words[0]);
                    }
                    else if (entry.Words.Length == 1 && entry.Kind == TermKind.Negator)
                    {
                        lexicon._negators.Add(entry.Words[0]);
                    }
                }

                list.RemoveAll(e => e.Kind == TermKind.Ignore);
                list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
                if (list.Count == 0)
                {
                    table.Remove(key);
                }
            }
        }

        return lexicon;
    }

    /// <summary>The longest term starting at <paramref name="index"/>; a single word is also tried without its
    /// elongation ("goooood") and inflection ("rotas" → "roto", "stars" → "star").</summary>
    public LexiconMatch? Match(IReadOnlyList<TextToken> tokens, int index) => Match(_terms, tokens, index)
        ?? (tokens[index].Kind == TokenKind.Word ? MatchVariant(tokens[index].Text) : null);

    /// <summary>The aspect term starting at <paramref name="index"/>, if any.</summary>
    public LexiconMatch? MatchAspect(IReadOnlyList<TextToken> tokens, int index) => Match(_aspects, tokens, index);

    /// <summary>Whether <paramref name="word"/> turns the next feeling around.</summary>
    public bool IsNegator(string word) =>
        _negators.Contains(word) || (Language == Language.English && word.EndsWith("n't", StringComparison.Ordinal));

    private static LexiconMatch? Match(Dictionary<string, List<LexiconEntry>> table, IReadOnlyList<TextToken> tokens, int index)
    {
        if (!table.TryGetValue(tokens[index].Text, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (index + entry.Words.Length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < entry.Words.Length && matches; k++)
            {
                matches = string.Equals(tokens[index + k].Text, entry.Words[k], StringComparison.Ordinal);
            }

            if (matches)
            {
                return new LexiconMatch(entry, entry.Words.Length);
            }
        }

        return null;
    }

    private LexiconMatch? MatchVariant(string word)
    {
        if (_ignored.Contains(word))
        {
            return null;
        }

        foreach (var variant in Variants(word))
        {
            if (_terms.TryGetValue(variant, out var entries) && entries[^1].Words.Length == 1)
            {
                return new LexiconMatch(entries[^1], 1);
            }
        }

        if (word.Contains('-', StringComparison.Ordinal) && Compound(word.Split('-')) is { } compound)
        {
            return new LexiconMatch(compound, 1);
        }

        return _foreign.TryGetValue(word, out var foreign) ? new LexiconMatch(foreign, 1) : null;
    }

    /// <summary>A hyphenated word read as the word without hyphens ("over-priced"), as the phrase of its parts
    /// ("well-made" = "well made") or, after a booster, as its last part ("super-friendly").</summary>
    private LexiconEntry? Compound(string[] parts)
    {
        if (_terms.TryGetValue(string.Concat(parts), out var joined) && joined[^1].Words.Length == 1)
        {
            return joined[^1];
        }

        if (!_terms.TryGetValue(parts[0], out var first))
        {
            return null;
        }

        var phrase = first.Find(e => e.Words.AsSpan().SequenceEqual(parts));
        if (phrase is not null || parts.Length != 2 || first[^1] is not { Kind: TermKind.Booster, Words.Length: 1 })
        {
            return phrase;
        }

        return _terms.TryGetValue(parts[1], out var last) && last[^1] is { Kind: TermKind.Valence, Words.Length: 1 } word ? word : null;
    }

    private IEnumerable<string> Variants(string word)
    {
        var collapsed = Collapse(word, 2);
        if (!string.Equals(collapsed, word, StringComparison.Ordinal))
        {
            yield return collapsed;
            yield return Collapse(word, 1);
        }

        if (word.Length < 4)
        {
            yield break;
        }

        foreach (var (suffix, replacement) in Language == Language.Spanish ? SpanishSuffixes : EnglishSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = string.Concat(word.AsSpan(0, word.Length - suffix.Length), replacement);
                yield return stem;
                if (Language == Language.English && replacement.Length == 0 && stem.Length >= 3 && stem[^1] == stem[^2])
                {
                    // "saddest" → "sad", "hottest" → "hot": the consonant doubled before the ending.
                    yield return stem[..^1];
                }
            }
        }

        // The commonest typos: a doubled letter written once ("terible", "recomend") or a letter doubled by mistake.
        for (var i = 1; i < word.Length && word.Length >= 5; i++)
        {
            yield return word[i] == word[i - 1]
                ? word.Remove(i, 1)
                : word.Insert(i, word[i].ToString());
        }
    }

    private static readonly (string Suffix, string Replacement)[] SpanishSuffixes =
    [
        ("isimos", "o"), ("isimas", "o"), ("isimo", "o"), ("isima", "o"), ("isimos", "e"), ("isimas", "e"), ("isimo", "e"), ("isima", "e"), ("itos", "o"), ("itas", "a"), ("ito", "o"), ("ita", "a"),
        ("as", "o"), ("os", "o"), ("es", ""), ("s", ""), ("a", "o"), ("mente", ""), ("amente", "o"),
    ];

    private static readonly (string Suffix, string Replacement)[] EnglishSuffixes =
    [
        ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", ""),
        ("ier", "y"), ("iest", "y"), ("ily", "y"), ("er", "e"), ("est", "e"),
    ];

    private static string Collapse(string word, int keep)
    {
        var chars = new List<char>(word.Length);
        var run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            run = i > 0 && word[i] == word[i - 1] ? run + 1 : 1;
            if (run <= keep)
            {
                chars.Add(word[i]);
            }
        }

        return new string([.. chars]);
    }

    private void AddCurated(string resource, bool foreign)
    {
        foreach (var line in ReadLines(resource))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                throw new InvalidDataException($"Lexicon {resource}: expected 'kind<TAB>term[<TAB>value]' in \"{line}\".");
            }

            var kind = parts[0] switch
            {
                "word" => TermKind.Valence,
                "booster" => TermKind.Booster,
                "negator" => TermKind.Negator,
                "contrast" => TermKind.Contrast,
                "negated" => TermKind.NegatedValence,
                "aspect" => TermKind.Aspect,
                "ignore" => TermKind.Ignore,
                _ => throw new InvalidDataException($"Lexicon {resource}: unknown kind \"{parts[0]}\"."),
            };
            var raw = kind == TermKind.Valence && !char.IsLetterOrDigit(parts[1][0]);
            var words = raw ? [parts[1]] : Split(parts[1]);
            if (raw && parts[1].Length >= 2 && !char.IsSurrogate(parts[1][0]))
            {
                _emoticons.Add(parts[1]);
            }

            if (foreign)
            {
                if (kind == TermKind.Valence && words.Length == 1 && words[0].Length >= 4)
                {
                    _foreign.TryAdd(words[0], new LexiconEntry(words, kind, ParseNumber(parts[2])));
                }

                continue;
            }

            if (kind == TermKind.Aspect)
            {
                var aspect = Enum.Parse<ServiceAspect>(parts[2]);
                Add(_aspects, new LexiconEntry(words, kind, 0, aspect));
                continue;
            }

            var value = kind is TermKind.Valence or TermKind.Booster or TermKind.NegatedValence ? ParseNumber(parts[2]) : 0;
            Replace(new LexiconEntry(words, kind, value));
        }
    }

    private void Replace(LexiconEntry entry)
    {
        if (_terms.TryGetValue(entry.Words[0], out var list))
        {
            // A feeling word and a negated line for the same words make one term: "recommend" is positive and
            // "don't recommend" keeps its stronger negative value.
            var same = list.Find(e => e.Words.AsSpan().SequenceEqual(entry.Words));
            if (same is { Kind: TermKind.Valence } && entry.Kind == TermKind.NegatedValence)
            {
                entry = same with { NegatedValue = entry.Value };
            }
            else if (same is { Kind: TermKind.NegatedValence } && entry.Kind == TermKind.Valence)
            {
                entry = entry with { NegatedValue = same.Value };
            }

            list.RemoveAll(e => e.Words.AsSpan().SequenceEqual(entry.Words));
        }

        Add(_terms, entry);
    }

    private static LexiconEntry? Find(Dictionary<string, List<LexiconEntry>> table, string[] words) =>
        table.TryGetValue(words[0], out var list) ? list.Find(e => e.Words.AsSpan().SequenceEqual(words)) : null;

    private static void Add(Dictionary<string, List<LexiconEntry>> table, LexiconEntry entry)
    {
        if (!table.TryGetValue(entry.Words[0], out var list))
        {
            list = [];
            table[entry.Words[0]] = list;
        }

        list.Add(entry);
    }

    private static string[] Split(string term)
    {
        var folded = SentimentTokenizer.Fold(term.Trim());
        var tokens = SentimentTokenizer.Tokenize(folded, 0, folded.Length, EmptyEmoticons);
        return tokens.Count == 0 ? [folded] : [.. tokens.Select(t => t.Text)];
    }

    private static readonly HashSet<string> EmptyEmoticons = [];

    private static IEnumerable<(string Term, double Value)> ReadVader()
    {
        foreach (var line in ReadLines("vader_lexicon.txt"))
        {
            var parts = line.Split('\t');
            yield return (parts[0], ParseNumber(parts[1]));
        }
    }

    private static double ParseNumber(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IEnumerable<string> ReadLines(string resource)
    {
        using var stream = typeof(SentimentLexicon).Assembly.GetManifestResourceStream("Lexicons/" + resource)
            ?? throw new InvalidOperationException($"The embedded lexicon {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
