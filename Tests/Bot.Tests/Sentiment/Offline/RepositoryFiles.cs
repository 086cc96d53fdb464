namespace SupportBot.Bot.Tests.Sentiment.Offline;

/// <summary>Finds files of this repository from the test output folder, so tests read <c>Tests/Data</c> on any clone.</summary>
internal static class RepositoryFiles
{
    /// <summary>The absolute path of <paramref name="relativePath"/> under the repository root (the folder with SupportBot.sln).</summary>
    public static string Path(string relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "SupportBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("SupportBot.sln not found above " + AppContext.BaseDirectory)
            : System.IO.Path.Combine(directory.FullName, relativePath);
    }
}
