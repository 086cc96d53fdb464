using System.Text.RegularExpressions;
using SupportBot.Bot.Tests.Sentiment.Offline;

namespace SupportBot.Bot.Tests.Deployment;

/// <summary>The root README's "Configuration reference" table: its rows, each with the keys of its first cell and its
/// environment-variable example. A cell may list siblings after the first key (<c>`Orders:ShopName` / `ShopTaxId`</c>
/// means <c>Orders:ShopName</c> and <c>Orders:ShopTaxId</c>, and <c>`Reasons:N`</c> after <c>`Escalation:Offers:N:Id`</c>
/// means <c>Escalation:Offers:N:Reasons:N</c>); a list index is <c>N</c>, a dictionary key <c>&lt;…&gt;</c>.</summary>
internal static class ReadmeConfigurationTable
{
    public sealed record Row(string Line, IReadOnlyList<string> Keys, string EnvironmentVariable);

    public static IReadOnlyList<Row> Rows()
    {
        var lines = File.ReadAllLines(RepositoryFiles.Path("README.md"));
        var start = Array.IndexOf(lines, "## Configuration reference");
        Assert.True(start >= 0, "README has no '## Configuration reference' section");
        var rows = new List<Row>();
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            if (!lines[i].StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = lines[i].Split('|', StringSplitOptions.TrimEntries);
            rows.Add(new Row(lines[i], KeysOf(cells[1]), cells[3].Trim('`')));
        }

        return rows;
    }

    /// <summary>The key with indexes as <c>N</c> and dictionary keys as <c>&lt;key&gt;</c>.</summary>
    public static string Normalize(string key)
        => string.Join(':', key.Split(':').Select(part => part switch
        {
            _ when part.All(char.IsAsciiDigit) || part == "N" => "N",
            _ when part.StartsWith('<') && part.EndsWith('>') => "<key>",
            _ => part,
        }));

    private static List<string> KeysOf(string cell)
    {
        var names = Regex.Matches(cell, "`([^`]+)`", RegexOptions.CultureInvariant).Select(m => m.Groups[1].Value).ToList();
        Assert.True(names.Count > 0, "a row without a key: " + cell);
        var first = names[0];
        var parent = first.Contains(':', StringComparison.Ordinal) ? first[..first.LastIndexOf(':')] + ":" : string.Empty;
        var section = first.Split(':')[0] + ":";
        // A sibling is relative to the first key's parent unless it names the same section itself.
        return [.. names.Select(n => Normalize(n == first || n.StartsWith(section, StringComparison.Ordinal) ? n : parent + n))];
    }
}
