using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Knowledge;

/// <summary>Text analysis for one language: standard tokenizer, (English possessives), lower case, accent folding, stop
/// words (the language's own plus chat filler such as "hola", "quiero", "please"), stemming (Lucene's light Spanish stemmer: plurals and
/// gender; Porter for English) and, for questions only, the shop's synonyms. Folding comes before stemming so "devolucion" and "devolución"
/// stem alike.</summary>
public sealed class ShopAnalyzer : Analyzer
{
    /// <summary>The Lucene version the analysis follows.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] SpanishFiller =
    [
        "hola", "buenas", "buenos", "tardes", "noches", "gracias", "quiero", "queria", "quisiera", "necesito", "necesitaria",
        "saber", "puedo", "podeis", "puedes", "podria", "podrias", "hacer", "tengo", "tenia", "favor", "porfa", "porfavor", "ayuda",
        "ayudar", "ayudarme", "pregunta", "duda", "consulta", "vale", "ok", "oye", "hay", "q", "xq", "pq", "porque", "alguien",
        "decir", "decirme", "dime", "informacion", "info", "cosa", "pasa", "sabeis", "hago", "debo", "tiene", "tienen", "va",
        "cuanto", "cuanta", "cuantos", "cuantas", "hace", "hacen", "haceis", "teneis",
    ];

    private static readonly string[] EnglishFiller =
    [
        "hi", "hello", "hey", "thanks", "thank", "please", "pls", "plz", "want", "wanted", "need", "know", "can", "could", "would",
        "help", "question", "get", "got", "do", "does", "did", "i", "me", "my", "im", "i'm", "ok", "okay", "like", "tell", "u",
        "you", "your", "just", "still", "one", "someone", "anyone", "info", "information", "should", "how", "what", "where", "when",
        "nothing", "anything", "something", "yet", "really", "thing", "things", "stuff", "whats", "who", "whos", "which", "why",
        "wheres", "hows",
    ];

    private readonly Language _language;
    private readonly CharArraySet _stopWords;
    private readonly SynonymMap? _synonyms;

    private ShopAnalyzer(Language language, SynonymMap? synonyms)
    {
        _language = language;
        _synonyms = synonyms;
        var builtIn = language == Language.English ? EnglishAnalyzer.DefaultStopSet : SpanishAnalyzer.DefaultStopSet;
        var filler = language == Language.English ? EnglishFiller : SpanishFiller;
        _stopWords = new CharArraySet(Version, builtIn.Select(w => Fold(w.ToString())).Concat(filler).ToList(), ignoreCase: false);
    }

    /// <summary>The analyzer articles are indexed with (no synonyms).</summary>
    public static ShopAnalyzer ForArticles(Language language) => new(language, synonyms: null);

    /// <summary>The analyzer questions are read with: the article analysis plus <paramref name="synonymGroups"/>, each phrase
    /// of a group standing for every other one.</summary>
    public static ShopAnalyzer ForQuestions(Language language, IReadOnlyList<IReadOnlyList<string>> synonymGroups)
    {
        ArgumentNullException.ThrowIfNull(synonymGroups);
        using var plain = ForArticles(language);
        var builder = new SynonymMap.Builder(dedup: true);
        var added = 0;
        foreach (var group in synonymGroups)
        {
            var phrases = group.Select(p => plain.Terms(p)).Where(t => t.Count > 0).Select(t => string.Join(' ', t)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var from in phrases)
            {
                // A phrase of several words is recognised in questions but only single words are put in its place: stacked
                // multi-word outputs would spill onto the positions of the next words of the question.
                foreach (var to in phrases.Where(p => p != from && !p.Contains(' ', StringComparison.Ordinal)))
                {
                    builder.Add(Phrase(from), Phrase(to), includeOrig: true);
                    added++;
                }
            }
        }

        return new ShopAnalyzer(language, added == 0 ? null : builder.Build());
    }

    /// <summary>The terms <paramref name="text"/> becomes, in order (synonyms right after the word they stand for).</summary>
    public IReadOnlyList<string> Terms(string text) => Tokens(text).Select(t => t.Term).ToList();

    /// <summary>The tokens <paramref name="text"/> becomes: each term and whether a synonym filter added it.</summary>
    public IReadOnlyList<AnalyzedToken> Tokens(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = GetTokenStream("text", text ?? string.Empty);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), string.Equals(type.Type, SynonymFilter.TYPE_SYNONYM, StringComparison.Ordinal)));
        }

        stream.End();
        return tokens;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = _language == Language.English ? new EnglishPossessiveFilter(Version, tokenizer) : tokenizer;
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, _stopWords);
        stream = _language == Language.English ? new PorterStemFilter(stream) : new SpanishLightStemFilter(stream);
        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: false);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    private static CharsRef Phrase(string terms) => SynonymMap.Builder.Join(terms.Split(' '), new CharsRef());

    private static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
