namespace SupportBot.LoadTest;

/// <summary>The figures of one phase.</summary>
/// <param name="Spec">What was run.</param>
/// <param name="Elapsed">From the first turn started to the last one answered.</param>
/// <param name="LatenciesMs">Every turn's latency in milliseconds, sorted.</param>
/// <param name="SurveysCompleted">Conversations that got through every scripted turn.</param>
/// <param name="Errors">Failed turns by kind.</param>
/// <param name="Examples">The first failure of each kind, for the report.</param>
/// <param name="LoadAverage">The machine's 1/5/15-minute load average when the phase started.</param>
/// <param name="ServerCpu">CPU time the bot's process used during the phase, when the load test started that process.</param>
public sealed record PhaseResult(
    PhaseSpec Spec,
    TimeSpan Elapsed,
    IReadOnlyList<double> LatenciesMs,
    int SurveysCompleted,
    IReadOnlyDictionary<string, int> Errors,
    IReadOnlyDictionary<string, string> Examples,
    string LoadAverage,
    TimeSpan? ServerCpu)
{
    public int Turns => LatenciesMs.Count;

    public int ErrorCount => Errors.Values.Sum();

    public double TurnsPerSecond => Elapsed > TimeSpan.Zero ? Turns / Elapsed.TotalSeconds : 0;

    /// <summary>The bot's CPU milliseconds per turn: unlike throughput, hardly moved by what else the machine runs.</summary>
    public double? CpuMsPerTurn => ServerCpu is { } cpu && Turns > 0 ? cpu.TotalMilliseconds / Turns : null;

    public double Max => LatenciesMs.Count == 0 ? 0 : LatenciesMs[^1];

    /// <summary>Two slices of the same phase as one (rounds alternate the bots so both see the same machine).</summary>
    public PhaseResult Add(PhaseResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var errors = new Dictionary<string, int>(Errors, StringComparer.Ordinal);
        foreach (var (kind, count) in other.Errors)
        {
            errors[kind] = errors.GetValueOrDefault(kind) + count;
        }

        var examples = new Dictionary<string, string>(other.Examples, StringComparer.Ordinal);
        foreach (var (kind, example) in Examples)
        {
            examples[kind] = example;
        }

        return new PhaseResult(
            Spec with { Duration = Spec.Duration + other.Spec.Duration },
            Elapsed + other.Elapsed,
            [.. LatenciesMs.Concat(other.LatenciesMs).Order()],
            SurveysCompleted + other.SurveysCompleted,
            errors,
            examples,
            LoadAverage,
            ServerCpu + other.ServerCpu);
    }

    /// <summary>Nearest-rank percentile (p in 0–100).</summary>
    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100 * LatenciesMs.Count);
        return LatenciesMs[Math.Clamp(rank - 1, 0, LatenciesMs.Count - 1)];
    }
}
