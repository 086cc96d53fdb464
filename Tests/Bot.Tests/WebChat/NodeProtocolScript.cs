using System.Diagnostics;
using System.Text.Json;

namespace SupportBot.Bot.Tests.WebChat;

/// <summary>Runs <c>Tests/Protocol/directline-protocol.js</c> (the official botframework-directlinejs client under Node)
/// against a bot and returns the JSON it prints. Installs the script's npm packages (package-lock.json) when missing.</summary>
internal static class NodeProtocolScript
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Folder { get; } = FindFolder();

    public static async Task<JsonElement> RunAsync(Uri bot, string mode)
    {
        await EnsureInstalledAsync();
        var (exit, output, error) = await RunProcessAsync("node", Folder, "directline-protocol.js", bot.ToString(), mode);
        Assert.True(exit == 0, $"node exited {exit}: {error}");
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()
                   ?? throw new InvalidOperationException("The protocol script printed nothing. " + error);
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "botframework-directlinejs")))
            {
                return;
            }

            var (exit, _, error) = await RunProcessAsync("npm", Folder, "ci", "--no-audit", "--no-fund");
            Assert.True(exit == 0, $"npm ci in {Folder} failed ({exit}): {error}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunProcessAsync(string file, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A stuck run must not hang the test run: the script bounds each of its steps, this bounds the whole.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within 5 minutes.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "Tests", "Protocol");
            if (File.Exists(Path.Combine(candidate, "directline-protocol.js")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Tests/Protocol/directline-protocol.js was not found above " + AppContext.BaseDirectory);
    }
}
