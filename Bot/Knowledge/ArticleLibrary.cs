using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Knowledge;

/// <summary>Every article of the articles folder in both languages, and the shop's synonym lists, checked as a whole:
/// each article exists in Spanish and English, and related ids name existing articles.</summary>
public sealed class ArticleLibrary
{
    private readonly Dictionary<Language, IReadOnlyList<KnowledgeArticle>> _articles;
    private readonly Dictionary<Language, IReadOnlyList<IReadOnlyList<string>>> _synonyms;

    private ArticleLibrary(
        Dictionary<Language, IReadOnlyList<KnowledgeArticle>> articles, Dictionary<Language, IReadOnlyList<IReadOnlyList<string>>> synonyms)
    {
        _articles = articles;
        _synonyms = synonyms;
    }

    /// <summary>The languages articles are written in.</summary>
    public static IReadOnlyList<Language> Languages { get; } = [Language.Spanish, Language.English];

    /// <summary>The articles in <paramref name="language"/>, by id.</summary>
    public IReadOnlyList<KnowledgeArticle> Articles(Language language) => _articles[language];

    /// <summary>The synonym groups of <paramref name="language"/> (each a list of words or phrases that mean the same).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms(Language language) => _synonyms[language];

    /// <summary>Name of the synonym file of <paramref name="language"/>.</summary>
    public static string SynonymFileName(Language language) => language == Language.English ? "synonyms.en.txt" : "synonyms.es.txt";

    /// <summary>Reads <paramref name="folder"/>; throws <see cref="KnowledgeArticleException"/> naming the file at fault.</summary>
    public static ArticleLibrary Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new KnowledgeArticleException(folder, null, "the articles folder does not exist (Knowledge:ArticlesPath).");
        }

        var articles = Directory.GetFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => ArticleParser.Parse(path, File.ReadAllText(path)))
            .ToList();
        if (articles.Count == 0)
        {
            throw new KnowledgeArticleException(folder, null, "the articles folder holds no <id>.es.md / <id>.en.md article.");
        }

        var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            foreach (var language in Languages)
            {
                if (!articles.Any(a => a.Id == id && a.Language == language))
                {
                    throw new KnowledgeArticleException(
                        Path.Combine(folder, $"{id}.{Code(language)}.md"), null, "missing: every article must exist in Spanish and English.");
                }
            }
        }

        foreach (var article in articles)
        {
            if (article.Related.FirstOrDefault(r => !ids.Contains(r) || r == article.Id) is { } unknown)
            {
                throw new KnowledgeArticleException(
                    Path.Combine(folder, $"{article.Id}.{Code(article.Language)}.md"), null, $"'related' names '{unknown}', which is not another article.");
            }
        }

        return new ArticleLibrary(
            Languages.ToDictionary(l => l, l => (IReadOnlyList<KnowledgeArticle>)articles.Where(a => a.Language == l).ToList()),
            Languages.ToDictionary(l => l, l => ReadSynonyms(Path.Combine(folder, SynonymFileName(l)))));
    }

    /// <summary>Parses a synonym list: one group per line, words or phrases separated by commas; '#' starts a comment line.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ParseSynonyms(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var groups = new List<IReadOnlyList<string>>();
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var group = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (group.Length < 2)
            {
                throw new KnowledgeArticleException(path, i + 1, "a synonym group needs at least two words or phrases separated by commas.");
            }

            groups.Add(group);
        }

        return groups;
    }

    private static IReadOnlyList<IReadOnlyList<string>> ReadSynonyms(string path)
        => File.Exists(path) ? ParseSynonyms(path, File.ReadAllText(path)) : [];

    private static string Code(Language language) => language == Language.English ? "en" : "es";
}
