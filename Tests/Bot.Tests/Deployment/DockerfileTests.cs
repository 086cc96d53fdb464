using System.Text.RegularExpressions;
using SupportBot.Bot.Tests.Sentiment.Offline;

namespace SupportBot.Bot.Tests.Deployment;

/// <summary>The Dockerfile is not built here (no Docker engine), so its text is held to what the README and the
/// project say: the README's publish command, the project's .NET version and assembly, a non-root user, a health check
/// on the liveness endpoint, and files that exist.</summary>
public sealed class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepositoryFiles.Path("Dockerfile"));

    private static Match Publish(string text)
        => Regex.Match(text, @"dotnet publish (?<project>\S+\.csproj) -c (?<configuration>\w+)", RegexOptions.CultureInvariant);

    [Fact]
    public void BuildStage_PublishesWhatTheReadmePublishes()
    {
        var readme = File.ReadAllText(RepositoryFiles.Path("README.md"));
        var deploy = readme[readme.IndexOf("## Deploy to Azure", StringComparison.Ordinal)..];
        var documented = Publish(deploy);
        var built = Publish(Dockerfile);
        Assert.True(documented.Success, "README 'Deploy to Azure' has no dotnet publish command");
        Assert.True(built.Success, "the Dockerfile has no dotnet publish command");
        Assert.Equal(documented.Groups["project"].Value, built.Groups["project"].Value);
        Assert.Equal(documented.Groups["configuration"].Value, built.Groups["configuration"].Value);
    }

    [Fact]
    public void Stages_UseTheProjectsDotNetVersion_AndRunItsAssembly()
    {
        var framework = Regex.Match(File.ReadAllText(RepositoryFiles.Path("Directory.Build.props")), @"<TargetFramework>net(\d+\.\d+)</TargetFramework>").Groups[1].Value;
        Assert.Matches($@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:{Regex.Escape(framework)} AS build$", Dockerfile);
        Assert.Matches($@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:{Regex.Escape(framework)} AS final$", Dockerfile);
        Assert.Contains("COPY --from=build /app/publish .", Dockerfile, StringComparison.Ordinal);

        var assembly = Regex.Match(File.ReadAllText(RepositoryFiles.Path("Bot/Bot.csproj")), "<AssemblyName>(.+)</AssemblyName>").Groups[1].Value;
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{assembly}.dll\"]", Dockerfile, StringComparison.Ordinal);
        var site = ArmTemplate.Load("template-with-preexisting-rg.json").Single("Microsoft.Web/sites");
        Assert.StartsWith($"dotnet {assembly}.dll ", (string?)site["properties"]!["siteConfig"]!["appCommandLine"], StringComparison.Ordinal);
    }

    [Fact]
    public void FinalStage_RunsAsNonRoot_ListensOnAnUnprivilegedPort_AndProbesLiveness()
    {
        var final = Dockerfile[Dockerfile.IndexOf(" AS final", StringComparison.Ordinal)..];
        var user = Regex.Match(final, @"(?m)^USER (\S+)$");
        Assert.True(user.Success, "the final stage sets no USER");
        Assert.DoesNotMatch("^(root|0)$", user.Groups[1].Value);
        Assert.True(final.IndexOf("USER ", StringComparison.Ordinal) < final.IndexOf("ENTRYPOINT", StringComparison.Ordinal));
        Assert.Matches(@"(?m)^ENV Urls=http://\+:8080$", final);
        Assert.Matches(@"(?m)^HEALTHCHECK .*\n\s+CMD curl --fail .*http://127\.0\.0\.1:8080/health/live", final);
        Assert.Contains("install -y --no-install-recommends curl", final, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCopiedPath_Exists()
    {
        var sources = Regex.Matches(Dockerfile, @"(?m)^COPY (?!--from)(.+) \S+$")
            .SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.All(sources, source =>
        {
            var path = RepositoryFiles.Path(source.TrimEnd('/'));
            Assert.True(File.Exists(path) || Directory.Exists(path), source + " does not exist");
        });
    }
}
