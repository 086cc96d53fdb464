namespace SupportBot.Bot.Tests.Deployment;

/// <summary>Configuration keys agree everywhere: every app setting the Azure templates write is a key the bot reads,
/// every key of the README's configuration table is one the bot reads, and every key the bot reads (derived from its
/// options classes, so new options are covered as they are added) has a row in that table.</summary>
public sealed class ConfigurationKeysTests
{
    private static readonly IReadOnlySet<string> BotKeys = BotConfigurationKeys.All();

    public static TheoryData<string> Templates => new() { "template-with-preexisting-rg.json", "template-with-new-rg.json" };

    [Fact]
    public void TheBotsKeys_AreFoundInItsCode()
    {
        // The derivation itself: a few keys of different shapes it must find.
        Assert.Contains("State:Provider", BotKeys);
        Assert.Contains("Sentiment:Azure:Endpoint", BotKeys);
        Assert.Contains("Agents:Accounts:N:Token", BotKeys);
        Assert.Contains("Teams:Agents:<key>", BotKeys);
        Assert.Contains("WebChat:EmbedOrigins:N", BotKeys);
        Assert.Contains("Telemetry:Exporter", BotKeys);
        Assert.DoesNotContain("State:SectionName", BotKeys);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryAppSettingOfTheTemplates_IsAKeyTheBotReads(string file)
    {
        var template = ArmTemplate.Load(file);
        var settings = template.AppSettings().Concat(template.NestedTemplates().SelectMany(t => t.AppSettings())).ToList();
        Assert.NotEmpty(settings);
        var unknown = settings.Select(s => s.Name).Where(name => !BotKeys.Contains(name.Replace("__", ":", StringComparison.Ordinal))).ToList();
        Assert.True(unknown.Count == 0, "app settings the bot never reads: " + string.Join(", ", unknown));
        Assert.Equal(settings.Count, settings.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void EveryKeyOfTheReadmeTable_IsAKeyTheBotReads()
    {
        var unknown = ReadmeConfigurationTable.Rows().SelectMany(r => r.Keys).Where(k => !BotKeys.Contains(k)).ToList();
        Assert.True(unknown.Count == 0, "README rows for keys the bot never reads: " + string.Join(", ", unknown));
    }

    [Fact]
    public void EveryKeyTheBotReads_HasAReadmeRow()
    {
        var documented = ReadmeConfigurationTable.Rows().SelectMany(r => r.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = BotKeys.Where(k => !documented.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "keys the bot reads without a README row: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryReadmeRow_ShowsTheEnvironmentVariableOfOneOfItsKeys()
    {
        Assert.All(ReadmeConfigurationTable.Rows(), row =>
        {
            var variable = ReadmeConfigurationTable.Normalize(row.EnvironmentVariable.Replace("__", ":", StringComparison.Ordinal));
            Assert.True(
                row.Keys.Contains(variable, StringComparer.OrdinalIgnoreCase),
                $"'{row.EnvironmentVariable}' is none of {string.Join(", ", row.Keys)}: {row.Line}");
        });
    }
}
