using System.Text.RegularExpressions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Knowledge;

/// <summary>Reads one article file: <c>&lt;id&gt;.&lt;es|en&gt;.md</c>, front matter between <c>---</c> lines
/// (<c>id</c>, <c>title</c>, <c>tags</c>, <c>synonyms</c>, <c>related</c>; lists comma-separated) then a Markdown body.</summary>
public static partial class ArticleParser
{
    private static readonly string[] Keys = ["id", "title", "tags", "synonyms", "related"];

    /// <summary>The id and language a file name declares, or false when it does not follow <c>&lt;id&gt;.&lt;es|en&gt;.md</c>.</summary>
    public static bool TryParseFileName(string fileName, out string id, out Language language)
    {
        var match = FileNamePattern().Match(fileName);
        id = match.Success ? match.Groups["id"].Value : string.Empty;
        language = match.Success && match.Groups["lang"].Value == "en" ? Language.English : Language.Spanish;
        return match.Success;
    }

    /// <summary>Parses <paramref name="content"/> read from <paramref name="path"/>; throws <see cref="KnowledgeArticleException"/>
    /// naming the file (and line) when it is not a valid article.</summary>
    public static Dialogs.Abstractions.KnowledgeArticle Parse(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        if (!TryParseFileName(Path.GetFileName(path), out var fileId, out var language))
        {
            throw new KnowledgeArticleException(path, null, "the file name must be <id>.es.md or <id>.en.md, the id in lower case letters, digits and hyphens.");
        }

        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || lines[first].Trim() != "---")
        {
            throw new KnowledgeArticleException(path, first < 0 ? null : first + 1, "the file must start with front matter: a line '---', 'key: value' lines, and '---'.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = first + 1;
        for (; index < lines.Length && lines[index].Trim() != "---"; index++)
        {
            var line = lines[index];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? string.Empty : line[..colon].Trim().ToLowerInvariant();
            if (!Keys.Contains(key))
            {
                throw new KnowledgeArticleException(path, index + 1, $"expected 'key: value' with a key among {string.Join(", ", Keys)}.");
            }

            if (!fields.TryAdd(key, line[(colon + 1)..].Trim()))
            {
                throw new KnowledgeArticleException(path, index + 1, $"'{key}' is given twice.");
            }
        }

        if (index >= lines.Length)
        {
            throw new KnowledgeArticleException(path, null, "the front matter is never closed with a line '---'.");
        }

        var id = fields.GetValueOrDefault("id");
        if (id != fileId)
        {
            throw new KnowledgeArticleException(path, null, $"'id' must be given and match the file name ('{fileId}'), found '{id}'.");
        }

        var title = fields.GetValueOrDefault("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new KnowledgeArticleException(path, null, "'title' is missing or empty.");
        }

        var body = string.Join('\n', lines.Skip(index + 1)).Trim();
        if (body.Length == 0)
        {
            throw new KnowledgeArticleException(path, null, "the article has no body after the front matter.");
        }

        var related = List(fields, "related");
        if (related.FirstOrDefault(r => !FileNamePattern().IsMatch(r + ".es.md")) is { } badId)
        {
            throw new KnowledgeArticleException(path, null, $"'related' names '{badId}', which is not an article id.");
        }

        return new Dialogs.Abstractions.KnowledgeArticle(id, language, title, body, List(fields, "tags"), List(fields, "synonyms"), related);
    }

    private static List<string> List(Dictionary<string, string> fields, string key)
        => fields.TryGetValue(key, out var value)
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            : [];

    [GeneratedRegex("^(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)\\.(?<lang>es|en)\\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
