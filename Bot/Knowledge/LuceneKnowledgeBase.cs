using System.Diagnostics;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Knowledge;

/// <summary>The knowledge base over Lucene: the articles folder read and indexed in memory once (at start-up, by
/// <see cref="KnowledgeIndexWarmup"/>), one index per language. A question is searched in the customer's language and,
/// when that is not confident, in the other one too (a Spanish speaker may write in English); a confident answer there is
/// shown in the customer's language.
/// <para>Confidence of a hit = coverage × share: its coverage (the idf-weighted share of the question's words the
/// article contains, see <see cref="KnowledgeIndex"/>) times its share of the BM25 score of the best two hits (1 when it
/// stands alone, 0.5 when the runner-up scores the same). At or above <see cref="KnowledgeOptions.AnswerThreshold"/> the
/// best hit is the answer; at or above <see cref="KnowledgeOptions.SuggestThreshold"/> the best three are suggestions, when
/// the best one contains at least one of the question's words or their synonyms (not only a look-alike).</para></summary>
public sealed partial class LuceneKnowledgeBase : IKnowledgeBase, IDisposable
{
    /// <summary>Most hits returned by a search.</summary>
    public const int MaxHits = 5;

    private readonly Lazy<Dictionary<Language, KnowledgeIndex>> _indexes;
    private readonly KnowledgeOptions _options;

    /// <summary>Creates the knowledge base on the configured articles folder.</summary>
    public LuceneKnowledgeBase(IOptions<KnowledgeOptions> options, IHostEnvironment environment, ILogger<LuceneKnowledgeBase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _options = options.Value;
        var folder = Path.GetFullPath(_options.ArticlesPath, environment.ContentRootPath);
        _indexes = new Lazy<Dictionary<Language, KnowledgeIndex>>(() => Build(folder, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Reads and indexes the articles now (the first search would otherwise); throws
    /// <see cref="KnowledgeArticleException"/> naming a bad file.</summary>
    public int EnsureBuilt() => _indexes.Value[Language.Spanish].Count;

    /// <inheritdoc />
    public Task<KnowledgeSearchResult> SearchAsync(string question, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var result = Search(question, language);
        if (result.Match != KnowledgeMatch.Confident)
        {
            // Only a confident answer in the other language, and without typo tolerance: read as English, a Spanish word is
            // an unknown word, and "hola" would otherwise be a typo of "hold".
            var other = language == Language.English ? Language.Spanish : Language.English;
            var across = Search(question, other, allowTypos: false);
            if (across.Match == KnowledgeMatch.Confident)
            {
                result = across with
                {
                    Hits = across.Hits.Select(h => h with { Article = Find(h.Article.Id, language)! }).ToList(),
                };
            }
        }

        return Task.FromResult(result);
    }

    /// <summary>The ids of every article.</summary>
    public IReadOnlyList<string> ArticleIds() => _indexes.Value[Language.Spanish].Ids;

    /// <inheritdoc />
    public KnowledgeArticle? Find(string articleId, Language language) => _indexes.Value[language].Find(articleId);

    /// <summary>The search in one language only, with every hit's confidence.</summary>
    public KnowledgeSearchResult Search(string question, Language language, bool allowTypos = true)
    {
        ArgumentNullException.ThrowIfNull(question);
        var scored = _indexes.Value[language].Search(question, MaxHits, allowTypos);
        if (scored.Count == 0 || scored[0].Score <= 0)
        {
            return KnowledgeSearchResult.Nothing;
        }

        // Ranked by confidence, not by score alone: of two articles scoring alike, the one that covers more of the question wins.
        var share = scored[0].Score + (scored.Count > 1 ? scored[1].Score : 0);
        var ranked = scored.Select(s => (s.ExactCoverage, Hit: new KnowledgeHit(s.Article, s.Coverage * s.Score / share)))
            .OrderByDescending(r => r.Hit.Confidence)
            .ToList();
        var hits = ranked.Select(r => r.Hit).ToList();
        var best = hits[0].Confidence;
        // Suggestions need one of the question's own words (or a synonym) in the best article: a look-alike of a word no
        // article uses ("world" for "word" in "who won the world cup") is no evidence the question is about the shop.
        return best >= _options.AnswerThreshold ? new KnowledgeSearchResult(KnowledgeMatch.Confident, hits)
            : best >= _options.SuggestThreshold && ranked[0].ExactCoverage > 0
                ? new KnowledgeSearchResult(KnowledgeMatch.Uncertain, hits)
            : KnowledgeSearchResult.Nothing;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_indexes.IsValueCreated)
        {
            foreach (var index in _indexes.Value.Values)
            {
                index.Dispose();
            }
        }
    }

    private static Dictionary<Language, KnowledgeIndex> Build(string folder, ILogger logger)
    {
        var watch = Stopwatch.StartNew();
        var library = ArticleLibrary.Load(folder);
        var indexes = ArticleLibrary.Languages.ToDictionary(l => l, l => new KnowledgeIndex(l, library.Articles(l), library.Synonyms(l)));
        LogBuilt(logger, indexes[Language.Spanish].Count, folder, watch.Elapsed.TotalMilliseconds);
        return indexes;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Knowledge base: {Articles} articles per language from {Folder} indexed in {Milliseconds:F0} ms")]
    private static partial void LogBuilt(ILogger logger, int articles, string folder, double milliseconds);
}
