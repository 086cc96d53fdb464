using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SupportBot.Bot.Tests.Sentiment.Offline;

namespace SupportBot.Bot.Tests.Deployment;

/// <summary>The Azure templates in <c>deploymentTemplates/</c>: valid JSON, every name they use declared, API versions,
/// no secret defaults, parameters files that fit, the Bicep sources saying what the compiled JSON says, and the
/// production profile the README promises (health check, TLS-only Redis, channels, outputs).</summary>
public sealed class DeploymentTemplateTests
{
    public static TheoryData<string> Templates => new() { "template-with-preexisting-rg.json", "template-with-new-rg.json" };

    public static TheoryData<string, string> ParameterFiles => new()
    {
        { "template-with-preexisting-rg.json", "parameters-for-template-with-preexisting-rg.json" },
        { "template-with-new-rg.json", "parameters-for-template-with-new-rg.json" },
    };

    public static TheoryData<string, string> BicepSources => new()
    {
        { "template-with-preexisting-rg.json", "bicep/supportbot.bicep" },
        { "template-with-new-rg.json", "bicep/supportbot-new-rg.bicep" },
    };

    private static IEnumerable<ArmTemplate> WithNested(ArmTemplate template)
        => new[] { template }.Concat(template.NestedTemplates().SelectMany(WithNested));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_IsADeploymentTemplate(string file)
    {
        var template = ArmTemplate.Load(file);
        Assert.Matches("^https://schema.management.azure.com/schemas/.*/(subscription)?[dD]eploymentTemplate.json#$", (string?)template.Root["$schema"]);
        Assert.Equal("1.0.0.0", (string?)template.Root["contentVersion"]);
        Assert.NotEmpty(template.Resources());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryParameterAndVariableReference_IsDeclared_AndEveryParameterIsUsed(string file)
    {
        foreach (var template in WithNested(ArmTemplate.Load(file)))
        {
            var parameters = template.References("parameters").ToHashSet(StringComparer.OrdinalIgnoreCase);
            var variables = template.References("variables").ToHashSet(StringComparer.OrdinalIgnoreCase);
            Assert.True(parameters.Count > 0, template.Name + " uses no parameters");
            Assert.All(parameters, p => Assert.True(template.Parameters.ContainsKey(p), $"{template.Name}: parameters('{p}') is not declared"));
            Assert.All(variables, v => Assert.True(template.Variables.ContainsKey(v), $"{template.Name}: variables('{v}') is not declared"));
            Assert.All(template.Parameters.Select(p => p.Key), p => Assert.True(parameters.Contains(p), $"{template.Name}: parameter {p} is never used"));
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryResource_HasTypeNameAndApiVersion(string file)
    {
        foreach (var template in WithNested(ArmTemplate.Load(file)))
        {
            Assert.All(template.Resources(), r =>
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)r["type"]), template.Name + ": a resource without type");
                Assert.False(string.IsNullOrWhiteSpace((string?)r["name"]), $"{template.Name}: {r["type"]} without name");
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}(-preview)?$", (string?)r["apiVersion"]);
            });
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void NoSecretHasADefault_AndSecretsAreSecure(string file)
    {
        var secretName = new Regex("(password|secret|key|token)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var template in WithNested(ArmTemplate.Load(file)))
        {
            foreach (var (name, declaration) in template.Parameters)
            {
                var type = (string?)declaration!["type"];
                if (secretName.IsMatch(name))
                {
                    Assert.True(type is "securestring" or "secureObject" or "secureobject", $"{template.Name}: {name} is a secret but of type {type}");
                }

                if (type is "securestring" && declaration["defaultValue"] is { } fallback)
                {
                    // Optional secrets (a password a managed identity does not need) default to nothing, never to a value.
                    Assert.True((string?)fallback == string.Empty, $"{template.Name}: {name} has a default value");
                }
            }

            Assert.DoesNotContain(template.Strings(), s => s.Contains("password=", StringComparison.OrdinalIgnoreCase) && !s.StartsWith('['));
        }
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void ParametersFile_FitsItsTemplate_WithoutSecrets(string templateFile, string parametersFile)
    {
        var template = ArmTemplate.Load(templateFile);
        var parameters = ArmTemplate.Load(parametersFile).Root["parameters"]!.AsObject();
        foreach (var (name, value) in parameters)
        {
            Assert.True(template.Parameters.ContainsKey(name), $"{parametersFile}: {name} is not a parameter of {templateFile}");
            Assert.NotEqual("securestring", (string?)template.Parameters[name]!["type"]);
            Assert.NotNull(value!["value"]);
        }

        // Every required parameter that is not a secret is in the file; secrets come from the command line.
        var required = template.Parameters
            .Where(p => p.Value!["defaultValue"] is null && (string?)p.Value["type"] != "securestring")
            .Select(p => p.Key);
        Assert.All(required, name => Assert.True(parameters.ContainsKey(name), $"{parametersFile} lacks the required {name}"));
    }

    [Theory]
    [MemberData(nameof(BicepSources))]
    public void BicepSource_DeclaresWhatTheCompiledTemplateDeclares(string templateFile, string bicepFile)
    {
        // The committed JSON is compiled from the Bicep file (README, deploymentTemplates): same parameters, same outputs.
        var template = ArmTemplate.Load(templateFile);
        Assert.Equal("bicep", (string?)template.Root["metadata"]?["_generator"]?["name"]);
        var bicep = File.ReadAllText(RepositoryFiles.Path(Path.Combine("deploymentTemplates", bicepFile)));
        var declared = (string keyword) => Regex.Matches(bicep, $@"^{keyword} (\w+) ", RegexOptions.Multiline | RegexOptions.CultureInvariant)
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(declared("param"), template.Parameters.Select(p => p.Key).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(declared("output"), template.Root["outputs"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList());
        var secure = Regex.Matches(bicep, @"@secure\(\)\s*(?:@[^\n]*\n\s*)*param (\w+)", RegexOptions.CultureInvariant).Select(m => m.Groups[1].Value);
        Assert.All(secure, name => Assert.Equal("securestring", (string?)template.Parameters[name]!["type"]));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Outputs_NameTheBotEndpointAndTheWebChatPage(string file)
    {
        var outputs = ArmTemplate.Load(file).Root["outputs"]!.AsObject();
        Assert.True(outputs.ContainsKey("botEndpoint"));
        Assert.True(outputs.ContainsKey("webChatUrl"));
        Assert.All(outputs, o => Assert.Equal("string", (string?)o.Value!["type"]));
    }

    [Fact]
    public void WebApp_IsLinuxDotNet10_HttpsOnly_AlwaysOn_WebSockets_HealthChecked()
    {
        var site = ArmTemplate.Load("template-with-preexisting-rg.json").Single("Microsoft.Web/sites");
        var properties = site["properties"]!;
        var config = properties["siteConfig"]!;
        Assert.Equal("app,linux", (string?)site["kind"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool?)properties["httpsOnly"]);
        Assert.True((bool?)config["alwaysOn"]);
        Assert.True((bool?)config["webSocketsEnabled"]);
        Assert.Equal("/health/ready", (string?)config["healthCheckPath"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
    }

    [Fact]
    public void Redis_IsTlsOnly_AndTheBotConnectsWithTlsAndTheResourceKey()
    {
        var template = ArmTemplate.Load("template-with-preexisting-rg.json");
        var redis = template.Single("Microsoft.Cache/redis")["properties"]!;
        Assert.False((bool?)redis["enableNonSslPort"]);
        Assert.Equal("1.2", (string?)redis["minimumTlsVersion"]);

        var settings = template.AppSettings().ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
        var connection = settings["Redis__ConnectionString"];
        Assert.Contains("sslPort", connection, StringComparison.Ordinal);
        Assert.Contains("ssl=True", connection, StringComparison.Ordinal);
        Assert.Contains("listKeys(resourceId('Microsoft.Cache/redis'", connection, StringComparison.Ordinal);
        Assert.Contains("listKeys(resourceId('Microsoft.CognitiveServices/accounts'", settings["Sentiment__Azure__Key"], StringComparison.Ordinal);
        Assert.All(["State__Provider", "Surveys__Store", "Escalation__Store", "DirectLine__Store"], key => Assert.Equal("Redis", settings[key]));
        Assert.Equal("Azure", settings["Sentiment__Provider"]);
        Assert.Equal("AzureMonitor", settings["Telemetry__Exporter"]);
    }

    [Fact]
    public void Bot_PostsToTheWebApp_AndServesWebChatDirectLineAndTeams()
    {
        var template = ArmTemplate.Load("template-with-preexisting-rg.json");
        var bot = template.Single("Microsoft.BotService/botServices");
        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Matches(@"^\[format\('https://\{0\}/api/messages', reference\(resourceId\('Microsoft.Web/sites'", (string?)bot["properties"]!["endpoint"]);
        Assert.Equal("[parameters('microsoftAppType')]", (string?)bot["properties"]!["msaAppType"]);
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], template.Parameters["microsoftAppType"]!["allowedValues"]!.AsArray().Select(v => (string?)v));

        var channels = template.Resources()
            .Where(r => (string?)r["type"] == "Microsoft.BotService/botServices/channels")
            .Select(r => (string?)r["properties"]!["channelName"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"], channels);
    }

    [Fact]
    public void NewResourceGroupTemplate_CreatesTheGroup_AndDeploysTheSameTemplateIntoIt()
    {
        var outer = ArmTemplate.Load("template-with-new-rg.json");
        var inner = ArmTemplate.Load("template-with-preexisting-rg.json");
        Assert.Single(outer.Resources(), r => (string?)r["type"] == "Microsoft.Resources/resourceGroups");
        var nested = Assert.Single(outer.NestedTemplates());
        Assert.Equal(
            inner.Resources().Select(r => (string?)r["type"]).Order(StringComparer.Ordinal),
            nested.Resources().Select(r => (string?)r["type"]).Order(StringComparer.Ordinal));
        Assert.Equal(inner.AppSettings().Select(s => s.Name), nested.AppSettings().Select(s => s.Name));
        Assert.Equal(
            inner.Parameters.Select(p => p.Key).Where(p => p != "location").Order(StringComparer.Ordinal),
            outer.Parameters.Select(p => p.Key).Where(p => p is not ("location" or "resourceGroupName")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TemplatesAndParameterFiles_AreTheOnlyJsonBesideTheTeamsManifest()
    {
        var folder = RepositoryFiles.Path("deploymentTemplates");
        var files = Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["parameters-for-template-with-new-rg.json", "parameters-for-template-with-preexisting-rg.json", "template-with-new-rg.json", "template-with-preexisting-rg.json"],
            files);
        Assert.All(Directory.GetFiles(folder, "*.json"), f => Assert.NotNull(JsonNode.Parse(File.ReadAllText(f))));
    }
}
