using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util.Automaton;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Knowledge;

/// <summary>The articles of one language in an in-memory Lucene index, ranked with BM25 over three fields: title
/// (boost 3), tags and synonyms (boost 2) and body (boost 1). A question becomes one SHOULD clause per term and field;
/// synonyms count 0.4 of the word they stand for; a word the articles never use is also looked up with a fuzzy query
/// (words of five letters or more: one edit, two from eight letters; the first letter must match) at half weight, which forgives most typos.</summary>
public sealed class KnowledgeIndex : IDisposable
{
    /// <summary>Longest part of a question that is read (a pasted e-mail is not a question).</summary>
    public const int MaxQuestionLength = 500;

    private const string IdField = "id";
    private const float SynonymWeight = 0.4f;
    private const float FuzzyWeight = 0.5f;
    private const int MaxGroups = 40;
    private const int MaxAlternatives = 6;
    private const double UnknownWordWeight = 0.5;
    private const int MinTypoLength = 5;

    private static readonly (string Name, float Boost)[] Fields = [("title", 3f), ("keywords", 2f), ("body", 1f)];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly ShopAnalyzer _articleAnalyzer;
    private readonly ShopAnalyzer _questionAnalyzer;
    private readonly Dictionary<string, KnowledgeArticle> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _articleTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="articles"/> (all in <paramref name="language"/>); questions are read with
    /// <paramref name="synonyms"/>.</summary>
    public KnowledgeIndex(Language language, IReadOnlyList<KnowledgeArticle> articles, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _articleAnalyzer = ShopAnalyzer.ForArticles(language);
        _questionAnalyzer = ShopAnalyzer.ForQuestions(language, synonyms);
        var config = new IndexWriterConfig(ShopAnalyzer.Version, _articleAnalyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var article in articles)
            {
                var keywords = string.Join(" , ", article.Tags.Concat(article.Synonyms));
                writer.AddDocument(new Document
                {
                    new StringField(IdField, article.Id, Field.Store.YES),
                    new TextField(Fields[0].Name, article.Title, Field.Store.NO),
                    new TextField(Fields[1].Name, keywords, Field.Store.NO),
                    new TextField(Fields[2].Name, article.Body, Field.Store.NO),
                });
                _articles[article.Id] = article;
                var terms = _articleAnalyzer.Terms(string.Join(" \n ", article.Title, keywords, article.Body)).ToHashSet(StringComparer.Ordinal);
                _articleTerms[article.Id] = terms;
                foreach (var term in terms)
                {
                    _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
                }
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>How many articles are indexed.</summary>
    public int Count => _articles.Count;

    /// <summary>The ids of the indexed articles.</summary>
    public IReadOnlyList<string> Ids => [.. _articles.Keys];

    /// <summary>The article with <paramref name="id"/>, or null.</summary>
    public KnowledgeArticle? Find(string id) => _articles.GetValueOrDefault(id);

    /// <summary>The terms a question is read as: each word (after stop words and stemming) with its synonyms.</summary>
    public IReadOnlyList<QuestionTerm> Read(string question)
    {
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        var groups = new List<QuestionTerm>();
        foreach (var token in _questionAnalyzer.Tokens(text))
        {
            if (!token.IsSynonym)
            {
                if (groups.Count < MaxGroups && !groups.Any(g => g.Term == token.Term))
                {
                    groups.Add(new QuestionTerm(token.Term, []));
                }
            }
            else if (groups.Count > 0 && groups[^1] is { } last && last.Synonyms.Count < MaxAlternatives
                && token.Term != last.Term && !last.Synonyms.Contains(token.Term))
            {
                groups[^1] = last with { Synonyms = [.. last.Synonyms, token.Term] };
            }
        }

        return groups;
    }

    /// <summary>At most <paramref name="max"/> articles for <paramref name="question"/>, best first, with their BM25 score and
    /// coverage; <paramref name="allowTypos"/> false reads only words the articles use.</summary>
    public IReadOnlyList<ScoredArticle> Search(string question, int max, bool allowTypos = true)
    {
        ArgumentNullException.ThrowIfNull(question);
        var terms = Read(question);
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            foreach (var (name, boost) in Fields)
            {
                query.Add(new TermQuery(new Term(name, term.Term)) { Boost = boost }, Occur.SHOULD);
                foreach (var synonym in term.Synonyms)
                {
                    query.Add(new TermQuery(new Term(name, synonym)) { Boost = boost * SynonymWeight }, Occur.SHOULD);
                }

                if (allowTypos && IsFuzzyCandidate(term.Term))
                {
                    query.Add(new FuzzyQuery(new Term(name, term.Term), MaxEdits(term.Term), prefixLength: 1) { Boost = boost * FuzzyWeight }, Occur.SHOULD);
                }
            }
        }

        var found = new List<ScoredArticle>();
        foreach (var hit in _searcher.Search(query, max).ScoreDocs)
        {
            var article = _articles[_searcher.Doc(hit.Doc).Get(IdField)];
            found.Add(new ScoredArticle(article, hit.Score, Coverage(terms, article.Id, allowTypos), Coverage(terms, article.Id, allowTypos: false)));
        }

        return found;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _articleAnalyzer.Dispose();
        _questionAnalyzer.Dispose();
    }

    // Each word weighs its BM25 idf over the articles. A word no article uses (a product name, a town, or something the
    // articles never cover) weighs half as much as the rarest word they do use: a question made only of such words gets no
    // coverage, while "the vase arrived broken" still counts "broken".
    private double Coverage(IReadOnlyList<QuestionTerm> terms, string articleId, bool allowTypos)
    {
        var articleTerms = _articleTerms[articleId];
        double total = 0, found = 0;
        foreach (var term in terms)
        {
            var weight = _documentFrequency.TryGetValue(term.Term, out var frequency) ? Idf(frequency) : UnknownWordWeight * Idf(1);
            total += weight;
            if (articleTerms.Contains(term.Term) || term.Synonyms.Any(articleTerms.Contains)
                || (allowTypos && IsFuzzyCandidate(term.Term) && HasTypoOf(term.Term, articleTerms)))
            {
                found += weight;
            }
        }

        return total == 0 ? 0 : found / total;
    }

    private double Idf(int documentFrequency)
        => Math.Log(1 + ((_articles.Count - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    private bool IsFuzzyCandidate(string term) => term.Length >= MinTypoLength && !_documentFrequency.ContainsKey(term);

    private static int MaxEdits(string term) => term.Length >= 8 ? 2 : 1;

    // The same automaton FuzzyQuery runs (edits and adjacent swaps, first letter kept), so coverage forgives exactly the
    // typos the search does.
    private static bool HasTypoOf(string typed, HashSet<string> articleTerms)
    {
        var automaton = new LevenshteinAutomata(typed, withTranspositions: true).ToAutomaton(MaxEdits(typed));
        return articleTerms.Any(t => t.Length > 0 && t[0] == typed[0] && BasicOperations.Run(automaton, t));
    }
}
