using System.Globalization;

namespace SupportBot.LoadTest;

/// <summary>The figures as Markdown, ready to paste into the README's performance section.</summary>
public static class Report
{
    public const double MinThroughputRatio = 0.5;
    public const double MaxP99Ms = 50;

    public static void Write(TextWriter output, LoadTestOptions options, string bot, IReadOnlyList<PhaseResult> results, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(time);
        void Line(FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
        Line($"### Load benchmark, {time.GetUtcNow():yyyy-MM-dd HH:mm} UTC");
        output.WriteLine();
        Line($"- machine: {MachineInfo.Describe()}");
        Line($"- bot: {bot}; built {RepositoryLayout.Configuration}");
        Line($"- each phase {Seconds(options.Duration)} in {options.Rounds} slices alternating the bots, after a {Seconds(options.Warmup)} warm-up per bot; `deliveryMode: expectReplies`; a fresh conversation and customer per survey");
        output.WriteLine();
        output.WriteLine("| phase | bot | conversations | think time | turns | turns/s | p50 ms | p95 ms | p99 ms | max ms | bot CPU ms/turn | surveys | errors | load avg |");
        output.WriteLine("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            Line(
                $"| {r.Spec.Phase} | {r.Spec.Bot} | {r.Spec.Conversations} | {r.Spec.ThinkTime} | {r.Turns} | {r.TurnsPerSecond:0.0} | {r.Percentile(50):0.0} | {r.Percentile(95):0.0} | {r.Percentile(99):0.0} | {r.Max:0.0} | {Cpu(r)} | {r.SurveysCompleted} | {r.ErrorCount} | {r.LoadAverage} |");
        }

        output.WriteLine();
        output.WriteLine("| target | goal | measured | |");
        output.WriteLine("|---|---|---:|---|");
        var survey = results.FirstOrDefault(r => r.Spec is { Phase: "saturation", Bot: "survey" });
        var echo = results.FirstOrDefault(r => r.Spec is { Phase: "saturation", Bot: "echo" });
        if (survey is not null && echo is { TurnsPerSecond: > 0 })
        {
            var ratio = survey.TurnsPerSecond / echo.TurnsPerSecond;
            Line($"| survey/echo throughput, saturation | ≥ {MinThroughputRatio:0.00} | {ratio:0.00} | {Verdict(ratio >= MinThroughputRatio)} |");
        }

        if (survey?.CpuMsPerTurn is { } surveyCpu && echo?.CpuMsPerTurn is { } echoCpu && surveyCpu > 0)
        {
            var cpuRatio = echoCpu / surveyCpu;
            Line($"| echo/survey bot CPU per turn, saturation (steadier on a busy machine) | ≥ {MinThroughputRatio:0.00} | {cpuRatio:0.00} | {Verdict(cpuRatio >= MinThroughputRatio)} |");
        }

        var paced = results.FirstOrDefault(r => r.Spec is { Phase: "paced", Bot: "survey" });
        if (paced is not null)
        {
            var p99 = paced.Percentile(99);
            Line($"| p99, paced survey, {paced.Spec.Conversations} conversations | < {MaxP99Ms:0} ms | {p99:0.0} ms | {Verdict(p99 < MaxP99Ms)} |");
        }

        var errors = results.Sum(r => r.ErrorCount);
        Line($"| errors, all phases | 0 | {errors} | {Verdict(errors == 0)} |");
        foreach (var r in results.Where(r => r.ErrorCount > 0))
        {
            output.WriteLine();
            Line($"Errors, {r.Spec.Phase} {r.Spec.Bot}:");
            foreach (var (kind, count) in r.Errors.OrderByDescending(e => e.Value))
            {
                Line($"- {kind}: {count} (first: {r.Examples.GetValueOrDefault(kind)})");
            }
        }
    }

    private static string Cpu(PhaseResult result)
        => result.CpuMsPerTurn is { } cpu ? cpu.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s");

    private static string Verdict(bool met) => met ? "met" : "**missed**";
}
