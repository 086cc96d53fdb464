using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SupportBot.Bot.Tests.Sentiment.Offline;

namespace SupportBot.Bot.Tests.Deployment;

/// <summary>One ARM template of <c>deploymentTemplates/</c>, parsed, with the walks the template tests need. A nested
/// deployment evaluated in its own scope is a template of its own (<see cref="NestedTemplates"/>).</summary>
internal sealed class ArmTemplate(string name, JsonObject root)
{
    public string Name { get; } = name;

    public JsonObject Root { get; } = root;

    public JsonObject Parameters => Root["parameters"]?.AsObject() ?? [];

    public JsonObject Variables => Root["variables"]?.AsObject() ?? [];

    public static ArmTemplate Load(string fileName)
    {
        var path = RepositoryFiles.Path(Path.Combine("deploymentTemplates", fileName));
        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException(fileName + " is not a JSON object");
        return new ArmTemplate(fileName, root);
    }

    /// <summary>Resources of this template (not of nested templates), children included.</summary>
    public IEnumerable<JsonObject> Resources() => Walk(Root["resources"]?.AsArray() ?? []);

    /// <summary>Templates of nested deployments evaluated in their own (inner) scope.</summary>
    public IEnumerable<ArmTemplate> NestedTemplates()
        => Resources()
            .Where(r => (string?)r["type"] == "Microsoft.Resources/deployments" && r["properties"]?["template"] is JsonObject)
            .Select(r => new ArmTemplate($"{Name} > {r["name"]}", r["properties"]!["template"]!.AsObject()));

    /// <summary>Every string of this template outside nested inner-scope templates.</summary>
    public IEnumerable<string> Strings() => StringsOf(Root);

    /// <summary>The names passed to <c>parameters('…')</c> or <c>variables('…')</c> in this template's expressions.</summary>
    public IEnumerable<string> References(string function)
    {
        var pattern = new Regex($@"\b{function}\('([^']+)'\)", RegexOptions.CultureInvariant);
        return Strings().Where(s => s.StartsWith('[')).SelectMany(s => pattern.Matches(s).Select(m => m.Groups[1].Value));
    }

    /// <summary>The Web App's app settings (name, value expression).</summary>
    public IReadOnlyList<(string Name, string Value)> AppSettings()
        => [.. Resources()
            .Where(r => (string?)r["type"] == "Microsoft.Web/sites")
            .SelectMany(r => r["properties"]?["siteConfig"]?["appSettings"]?.AsArray() ?? [])
            .Select(s => ((string)s!["name"]!, s["value"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : s["value"]?.ToJsonString() ?? string.Empty))];

    public JsonObject Single(string type) => Assert.Single(Resources(), r => (string?)r["type"] == type);

    private static IEnumerable<JsonObject> Walk(JsonArray resources)
    {
        foreach (var resource in resources.OfType<JsonObject>())
        {
            yield return resource;
            foreach (var child in Walk(resource["resources"]?.AsArray() ?? []))
            {
                yield return child;
            }
        }
    }

    private static IEnumerable<string> StringsOf(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    var innerScope = key == "template" && IsInnerScoped(o);
                    if (!innerScope)
                    {
                        foreach (var s in StringsOf(value))
                        {
                            yield return s;
                        }
                    }
                }

                break;
            case JsonArray a:
                foreach (var s in a.SelectMany(StringsOf))
                {
                    yield return s;
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                yield return text;
                break;
        }
    }

    // A deployment's properties with expressionEvaluationOptions.scope = inner: its template resolves its own names.
    private static bool IsInnerScoped(JsonObject deploymentProperties)
        => string.Equals((string?)deploymentProperties["expressionEvaluationOptions"]?["scope"], "inner", StringComparison.OrdinalIgnoreCase);
}
