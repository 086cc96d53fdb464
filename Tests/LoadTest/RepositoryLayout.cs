using System.Reflection;

namespace SupportBot.LoadTest;

/// <summary>Where the bots the load test starts were built: next to this executable's own build, same configuration.</summary>
public static class RepositoryLayout
{
    /// <summary>Debug or Release: the configuration this executable (and so the bots it references) was built in.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BuildConfiguration")?.Value ?? "Release";

    public static string Root { get; } = FindRoot();

    public static string BotDll => Output("Bot", "SupportBot.Bot.dll");

    public static string EchoBotDll => Output(Path.Combine("Tests", "LoadTest.EchoBot"), "SupportBot.LoadTest.EchoBot.dll");

    private static string Output(string project, string dll)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", dll);
        return File.Exists(path)
            ? path
            : throw new LoadTestException(
                $"{path} is missing: build with 'dotnet build -c {Configuration} Tests/LoadTest' (it builds the bots too).");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SupportBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new LoadTestException($"SupportBot.sln not found above {AppContext.BaseDirectory}: run the load test from its build output in the repository.");
    }
}
