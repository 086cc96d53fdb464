using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Activity = Microsoft.Bot.Schema.Activity;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>The built bot (<c>Bot/bin/&lt;configuration&gt;/&lt;tfm&gt;/SupportBot.Bot.dll</c>, built with this test project, which
/// references it) running as a real OS process — <c>dotnet SupportBot.Bot.dll --urls … --Key value …</c> — so a test can kill it
/// with SIGKILL. Its output is kept for failure messages.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far (its log), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the bot with the test settings (<see cref="TestSettings.With"/>) and waits until it answers
    /// <c>/health/live</c>.</summary>
    public static async Task<BotProcess> StartAsync(IDictionary<string, string?> settings)
    {
        var bot = BuiltBot();
        var port = RedisServerFixture.FreeLoopbackPort();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(bot)!,
        };
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        startInfo.ArgumentList.Add(bot);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        foreach (var (key, value) in TestSettings.With(settings))
        {
            startInfo.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        var started = new BotProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await started.WaitUntilLiveAsync();
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }

        return started;
    }

    /// <summary>Kills the process with SIGKILL (no shutdown, no flushing) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Posts an activity with deliveryMode expectReplies and returns the texts of the bot's replies.</summary>
    public async Task<IReadOnlyList<string>> TextsAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}\n{Output}");
        var replies = JObject.Parse(body)["activities"]?.ToObject<List<Activity>>() ?? [];
        return [.. replies.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? string.Empty)];
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>The bot built next to this test project: same configuration (Debug/Release) and target framework.</summary>
    private static string BuiltBot()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        for (var directory = output; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SupportBot.sln")))
            {
                var bot = Path.Combine(directory.FullName, "Bot", "bin", configuration, framework, "SupportBot.Bot.dll");
                return File.Exists(bot)
                    ? bot
                    : throw new InvalidOperationException($"{bot} is missing: build the solution (dotnet build SupportBot.sln) or this test project, which builds the bot.");
            }
        }

        throw new InvalidOperationException($"SupportBot.sln was not found above {output.FullName}.");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        var deadline = DateTimeOffset.UtcNow + StartupTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} before answering. Output:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The bot did not answer /health/live within {StartupTimeout}. Output:\n{Output}");
            }

            await Task.Delay(100);
        }
    }
}
