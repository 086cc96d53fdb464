using System.Globalization;

namespace SupportBot.LoadTest;

/// <summary>The command line of the load benchmark.</summary>
public sealed record LoadTestOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project Tests/LoadTest -- [options]
          --conversations N             concurrent conversations of the paced phase (default 100)
          --saturation-conversations N  concurrent conversations of the saturation phase (default: --conversations)
          --duration 30s                length of each measured phase (s, ms or m; default 30s)
          --warmup 60s                  untimed load on each bot before measuring (default 60s: the survey bot's JIT
                                        settles after about 30 s of load; shorter measures compilation, not turns)
          --phases saturation,paced     which measured phases to run (saturation always first; default both)
          --rounds 3                    each phase is cut in this many slices, alternating the bots, so both see the same machine
          --think-time 0.5-1.5          seconds a paced conversation waits between turns, uniform in the range
          --target URL                  drive an already running bot instead of starting one (no baseline unless --echo-target)
          --echo-target URL             an already running echo bot for the baseline
          --bot-setting key=value       extra configuration for the bot the command starts (repeatable; wins over the defaults)
          --timeout 30s                 longest wait for one turn's HTTP response
        """;

    public int Conversations { get; init; } = 100;

    public int SaturationConversations { get; init; } = 100;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Untimed load per bot before measuring. Tiered compilation keeps compiling the survey bot's code for about
    /// 30 s of load (up to 3.4 s of JIT per 5 s at the start, under 0.1 s after 30 s, <c>dotnet-counters</c>); the
    /// echo bot has little code to compile. A warm-up shorter than that measures the JIT, not the turns.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(60);

    public int Rounds { get; init; } = 3;

    public IReadOnlyList<string> Phases { get; init; } = ["saturation", "paced"];

    public TimeSpan ThinkMin { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan ThinkMax { get; init; } = TimeSpan.FromMilliseconds(1500);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public Uri? Target { get; init; }

    public Uri? EchoTarget { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> BotSettings { get; init; } = [];

    public static LoadTestOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadTestOptions();
        int? saturation = null;
        var settings = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                throw new LoadTestException(Usage);
            }

            var value = i + 1 < args.Count ? args[++i] : throw new LoadTestException($"{name} needs a value.\n{Usage}");
            options = name switch
            {
                "--conversations" => options with { Conversations = Count(name, value) },
                "--saturation-conversations" => options,
                "--duration" => options with { Duration = Span(name, value) },
                "--warmup" => options with { Warmup = Span(name, value, allowZero: true) },
                "--think-time" => WithThinkTime(options, value),
                "--rounds" => options with { Rounds = Count(name, value) },
                "--phases" => options with { Phases = PhaseList(value) },
                "--timeout" => options with { Timeout = Span(name, value) },
                "--target" => options with { Target = Url(name, value) },
                "--echo-target" => options with { EchoTarget = Url(name, value) },
                "--bot-setting" => options,
                _ => throw new LoadTestException($"unknown option '{name}'.\n{Usage}"),
            };
            if (name == "--saturation-conversations")
            {
                saturation = Count(name, value);
            }
            else if (name == "--bot-setting")
            {
                settings.Add(Setting(value));
            }
        }

        return options with { SaturationConversations = saturation ?? options.Conversations, BotSettings = settings };
    }

    private static LoadTestOptions WithThinkTime(LoadTestOptions options, string value)
    {
        var parts = value.Split('-', 2);
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
            || !double.TryParse(parts.Length > 1 ? parts[1] : parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var max)
            || min < 0 || max < min)
        {
            throw new LoadTestException($"--think-time takes seconds as MIN-MAX (e.g. 0.5-1.5), not '{value}'.");
        }

        return options with { ThinkMin = TimeSpan.FromSeconds(min), ThinkMax = TimeSpan.FromSeconds(max) };
    }

    private static string[] PhaseList(string value)
    {
        var phases = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return phases.Length > 0 && phases.All(p => p is "saturation" or "paced")
            ? phases
            : throw new LoadTestException($"--phases takes saturation, paced or both (comma-separated), not '{value}'.");
    }

    private static int Count(string name, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= 10_000
            ? count
            : throw new LoadTestException($"{name} takes a number from 1 to 10000, not '{value}'.");

    /// <summary>"30s", "500ms", "2m" or plain seconds.</summary>
    private static TimeSpan Span(string name, string value, bool allowZero = false)
    {
        var (number, unit) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], 0.001)
            : value.EndsWith('s') ? (value[..^1], 1.0)
            : value.EndsWith('m') ? (value[..^1], 60.0)
            : (value, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
               && (amount > 0 || (allowZero && amount == 0))
            ? TimeSpan.FromSeconds(amount * unit)
            : throw new LoadTestException($"{name} takes a duration such as 30s, 500ms or 2m, not '{value}'.");
    }

    private static Uri Url(string name, string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new LoadTestException($"{name} takes an absolute http(s) URL, not '{value}'.");

    private static KeyValuePair<string, string> Setting(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new(value[..equals], value[(equals + 1)..])
            : throw new LoadTestException($"--bot-setting takes key=value (e.g. State:TimeToLive=1.00:00:00), not '{value}'.");
    }
}
