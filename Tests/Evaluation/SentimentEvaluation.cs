using System.Diagnostics;
using System.Globalization;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Evaluation;

/// <summary>Runs an analyzer over a labelled file and prints the figures; the last line is machine-readable.</summary>
public static class SentimentEvaluation
{
    private const int BatchSize = 10;
    private const int WarmUpRows = 200;
    private const int MaxPasses = 100;
    private static readonly TimeSpan MeasuredTime = TimeSpan.FromSeconds(1);
    private static readonly SentimentLabel[] Columns = [SentimentLabel.Positive, SentimentLabel.Negative, SentimentLabel.Neutral];

    /// <summary>Analyses every row of <paramref name="rows"/> with <paramref name="analyzer"/> and writes the report;
    /// with <paramref name="showErrors"/>, every misread row first (for development sets).</summary>
    public static async Task RunAsync(
        ISentimentAnalyzer analyzer, IReadOnlyList<LabelledText<SentimentLabel>> rows, TextWriter output, bool showErrors, CancellationToken cancellationToken)
    {
        var requests = rows.Select(r => new SentimentRequest(r.Text, r.Language)).ToList();
        await analyzer.AnalyzeAsync(requests.Take(WarmUpRows).ToList(), cancellationToken);

        // A fast analyzer finishes a file in milliseconds, where timer and scheduler noise dominate: repeat the
        // whole pass until about a second has been measured (a slow, remote provider makes one pass).
        var results = new List<SentimentResult>(rows.Count);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var passes = 0;
        do
        {
            results.Clear();
            for (var i = 0; i < requests.Count; i += BatchSize)
            {
                results.AddRange(await analyzer.AnalyzeAsync(requests.GetRange(i, Math.Min(BatchSize, requests.Count - i)), cancellationToken));
            }

            passes++;
        }
        while (clock.Elapsed < MeasuredTime && passes < MaxPasses);

        clock.Stop();
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var binary = rows.All(r => r.Label != SentimentLabel.Neutral);
        IReadOnlyList<SentimentLabel> classes = binary
            ? [SentimentLabel.Positive, SentimentLabel.Negative]
            : [SentimentLabel.Positive, SentimentLabel.Negative, SentimentLabel.Neutral];
        var pairs = rows.Select((r, i) => (Gold: r.Label, Predicted: Predicted(results[i]))).ToList();
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; showErrors && i < rows.Count; i++)
        {
            if (pairs[i].Gold != pairs[i].Predicted)
            {
                var scores = results[i].Scores;
                output.WriteLine(string.Create(inv, $"MISS gold={pairs[i].Gold} predicted={results[i].Label} (+{scores.Positive:F2} ={scores.Neutral:F2} -{scores.Negative:F2}) {rows[i].Text}"));
            }
        }

        output.WriteLine(string.Create(inv, $"provider={results.FirstOrDefault()?.Provider} rows={rows.Count} {(binary ? "binary (positive/negative)" : "3-class")}"));
        output.WriteLine(string.Create(inv, $"mixed documents: {results.Count(r => r.Label == SentimentLabel.Mixed)}, counted as positive or negative, whichever scores higher (ties negative)"));
        output.WriteLine(string.Create(inv, $"errors: {results.Count(r => r.Error is not null)}"));
        foreach (var language in rows.Select(r => r.Language).Distinct().Order())
        {
            var subset = pairs.Where((_, i) => rows[i].Language == language).ToList();
            output.Write(Report(classes, subset).Format($"lang={language?.ToString() ?? "unknown"}", Notes(classes, subset)));
        }

        var overall = Report(classes, pairs);
        output.Write(overall.Format("all", Notes(classes, pairs)));
        var perSecond = passes * rows.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        output.WriteLine(string.Create(inv, $"time: {clock.Elapsed.TotalMilliseconds:F1} ms for {passes} x {rows.Count} messages in batches of {BatchSize} after a warm-up: {1e6 / perSecond:F1} µs per message (CPU time: {cpu.TotalMicroseconds / (passes * rows.Count):F1} µs per message)"));
        output.WriteLine(string.Create(inv, $"accuracy={overall.Accuracy:F3} macro_f1={overall.MacroF1:F3} n={overall.Count} msgs_per_s={perSecond:F0}"));
    }

    private static ClassificationReport<SentimentLabel> Report(IReadOnlyList<SentimentLabel> classes, IReadOnlyList<(SentimentLabel Gold, SentimentLabel Predicted)> pairs)
        => new(classes, Columns, pairs, label => label.ToString().ToLowerInvariant());

    // A binary file has no neutral class: say how many neutral predictions were counted as errors.
    private static IEnumerable<string> Notes(IReadOnlyList<SentimentLabel> classes, IReadOnlyList<(SentimentLabel Gold, SentimentLabel Predicted)> pairs)
        => classes.Contains(SentimentLabel.Neutral)
            ? []
            : [$"binary file: {pairs.Count(p => p.Predicted == SentimentLabel.Neutral)} neutral predictions counted as errors"];

    private static SentimentLabel Predicted(SentimentResult result) => result.Label switch
    {
        SentimentLabel.Mixed => result.Scores.Positive > result.Scores.Negative ? SentimentLabel.Positive : SentimentLabel.Negative,
        var label => label,
    };
}
