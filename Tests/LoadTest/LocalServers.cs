using System.Diagnostics;
using System.Globalization;
using SupportBot.Tests.Shared;

namespace SupportBot.LoadTest;

/// <summary>Everything the default run starts on free loopback ports, in a temporary directory: a throw-away
/// redis-server (no persistence), SupportBot with every store on that Redis, and the baseline echo bot. All of it is
/// stopped (and the directory removed) on dispose.</summary>
public sealed class LocalServers : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly List<ChildProcess> _children = [];

    private LocalServers(string directory) => Directory = directory;

    public string Directory { get; }

    public Uri SurveyBot { get; private set; } = null!;

    public Uri EchoBot { get; private set; } = null!;

    public Process SurveyBotProcess { get; private set; } = null!;

    public Process EchoBotProcess { get; private set; } = null!;

    /// <summary>The configuration given to SupportBot, defaults first, then the command line's <c>--bot-setting</c>s.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> BotSettings { get; private set; } = [];

    public static async Task<LocalServers> StartAsync(LoadTestOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var stack = new LocalServers(System.IO.Directory.CreateTempSubdirectory("supportbot-loadtest-").FullName);
        try
        {
            var redisPort = await stack.StartRedisAsync(cancellationToken);
            var botPort = FreePort.Next();
            stack.BotSettings = [.. DefaultBotSettings(botPort, redisPort, stack.Directory), .. options.BotSettings];
            (stack.SurveyBot, stack.SurveyBotProcess) = await stack.StartBotAsync(
                "SupportBot", RepositoryLayout.BotDll, botPort, stack.BotSettings, cancellationToken);
            var echoPort = FreePort.Next();
            (stack.EchoBot, stack.EchoBotProcess) = await stack.StartBotAsync(
                "echo bot", RepositoryLayout.EchoBotDll, echoPort, [new("Urls", Loopback(echoPort))], cancellationToken);
            await log.WriteLineAsync($"started redis-server :{redisPort}, SupportBot {stack.SurveyBot}, echo bot {stack.EchoBot} (logs in {stack.Directory})");
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>SupportBot as the benchmark runs it: the production defaults of appsettings.json (logging included),
    /// every store on Redis, SQLite files that are off the survey path in the temporary directory, and rate limits
    /// lifted (one load generator is one address sending as a hundred customers).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> DefaultBotSettings(int botPort, int redisPort, string directory) =>
    [
        new("Urls", Loopback(botPort)),
        new("State:Provider", "Redis"),
        new("State:KeyPrefix", "loadtest:"),
        new("Surveys:Store", "Redis"),
        new("Escalation:Store", "Redis"),
        new("Redis:ConnectionString", $"127.0.0.1:{redisPort.ToString(CultureInfo.InvariantCulture)}"),
        new("Surveys:SqlitePath", Path.Combine(directory, "supportbot.db")),
        new("Escalation:SqlitePath", Path.Combine(directory, "supportbot.db")),
        new("Orders:DatabasePath", Path.Combine(directory, "orders.db")),
        new("Orders:ActionLogPath", Path.Combine(directory, "supportbot.db")),
        new("Knowledge:SqlitePath", Path.Combine(directory, "supportbot.db")),
        // One load generator on one address speaks for every simulated customer: no per-address limit.
        new("RateLimits:UnsignedMessagesPerClientPerMinute", "0"),
    ];

    public async ValueTask DisposeAsync()
    {
        for (var i = _children.Count - 1; i >= 0; i--)
        {
            await _children[i].DisposeAsync();
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A log still held open by a dying child: leave the temporary directory behind.
        }
    }

    private static string Loopback(int port) => $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";

    private async Task<int> StartRedisAsync(CancellationToken cancellationToken)
    {
        var executable = new[] { "/usr/bin", "/usr/local/bin" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            .Select(d => Path.Combine(d, "redis-server"))
            .FirstOrDefault(File.Exists)
            ?? throw new LoadTestException("redis-server is not installed (apt-get install -y redis-server), or use --target.");
        var port = FreePort.Next();
        var redis = ChildProcess.Start(
            "redis-server",
            executable,
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty,
             "--appendonly", "no", "--dir", Directory],
            Directory,
            Path.Combine(Directory, "redis.log"));
        _children.Add(redis);
        await redis.WaitUntilReadyAsync(_ => RedisPing.AnswersAsync(port), StartTimeout, cancellationToken);
        return port;
    }

    private async Task<(Uri Url, Process Process)> StartBotAsync(
        string name, string dll, int port, IEnumerable<KeyValuePair<string, string>> settings, CancellationToken cancellationToken)
    {
        var content = Path.GetDirectoryName(dll)!;
        var arguments = new List<string> { dll, "--contentRoot", content };
        arguments.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        var bot = ChildProcess.Start(name, "dotnet", arguments, content, Path.Combine(Directory, Path.GetFileNameWithoutExtension(dll) + ".log"));
        _children.Add(bot);
        var url = new Uri(Loopback(port) + "/");
        await bot.WaitUntilReadyAsync(token => IsAliveAsync(url, token), StartTimeout, cancellationToken);
        return (url, bot.Process);
    }

    private static async Task<bool> IsAliveAsync(Uri bot, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri(bot, "healthz"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
