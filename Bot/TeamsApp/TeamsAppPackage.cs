using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportBot.Bot.TeamsApp;

/// <summary>The Teams app package (the zip uploaded to Teams): <c>manifest.json</c> and its Spanish localization
/// <c>es.json</c>, from the templates in <c>deploymentTemplates/teams/</c> (embedded in the assembly) with the
/// placeholders filled in, and the two generated icons. The entries carry a fixed date, so the same settings give the
/// same bytes.</summary>
public static class TeamsAppPackage
{
    /// <summary>Entry name of the manifest.</summary>
    public const string ManifestEntry = "manifest.json";

    /// <summary>Entry name of the Spanish localization.</summary>
    public const string SpanishEntry = "es.json";

    /// <summary>Entry name of the colour icon.</summary>
    public const string ColorIconEntry = "color.png";

    /// <summary>Entry name of the outline icon.</summary>
    public const string OutlineIconEntry = "outline.png";

    private static readonly DateTimeOffset EntryDate = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Builds the zip for a bot id (a GUID) and validated options. The bot is offered to customers in personal
    /// and group chats; with <paramref name="agentsTeam"/> (the agents' Teams channel is configured) also in teams, so the
    /// same app can be added to the retention team.</summary>
    public static byte[] Build(Guid botId, TeamsAppOptions options, bool agentsTeam = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = new Uri(options.BaseUrl);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MicrosoftAppId"] = botId.ToString("D"),
            ["TeamsAppId"] = (string.IsNullOrEmpty(options.AppId) ? botId : Guid.Parse(options.AppId)).ToString("D"),
            ["Version"] = options.Version,
            ["DeveloperName"] = options.DeveloperName,
            ["WebsiteUrl"] = OrBase(options.WebsiteUrl, options.BaseUrl),
            ["PrivacyUrl"] = OrBase(options.PrivacyUrl, options.BaseUrl),
            ["TermsOfUseUrl"] = OrBase(options.TermsOfUseUrl, options.BaseUrl),
            ["Domain"] = baseUrl.IsDefaultPort ? baseUrl.Host : baseUrl.Authority,
        };

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var manifest = Fill(Template(ManifestEntry), values);
            if (agentsTeam)
            {
                var node = JsonNode.Parse(manifest)!;
                node["bots"]![0]!["scopes"]!.AsArray().Add("team");
                manifest = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            }

            Add(archive, ManifestEntry, Encoding.UTF8.GetBytes(manifest));
            Add(archive, SpanishEntry, Encoding.UTF8.GetBytes(Fill(Template(SpanishEntry), values)));
            Add(archive, ColorIconEntry, TeamsAppIcons.Color());
            Add(archive, OutlineIconEntry, TeamsAppIcons.Outline());
        }

        return zip.ToArray();
    }

    /// <summary>A template with every <c>{{Name}}</c> replaced by its JSON-escaped value; fails on a placeholder
    /// without a value or a result that is not JSON, so a broken template never reaches Teams.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var filled = values.Aggregate(template, (text, value) => text.Replace(
            "{{" + value.Key + "}}", JsonSerializer.Serialize(value.Value)[1..^1], StringComparison.Ordinal));
        var left = filled.IndexOf("{{", StringComparison.Ordinal);
        if (left >= 0)
        {
            throw new InvalidOperationException("The Teams app template has a placeholder with no value: " + filled[left..Math.Min(filled.Length, left + 40)]);
        }

        using var _ = JsonDocument.Parse(filled);
        return filled;
    }

    private static string Template(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TeamsApp/" + name)
            ?? throw new InvalidOperationException($"The Teams app template {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Add(ZipArchive archive, string name, byte[] content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryDate;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static string OrBase(string url, string baseUrl) => string.IsNullOrEmpty(url) ? baseUrl : url;
}
