using System.Globalization;
using SupportBot.Dialogs.AfterSale;

namespace SupportBot.Evaluation;

/// <summary>Runs <see cref="IntentRecognizer"/> over a labelled file and prints the figures; the last line is
/// machine-readable: <c>accuracy=0.934 n=300</c>.</summary>
public static class IntentEvaluation
{
    /// <summary>Recognizes every row of <paramref name="rows"/> and writes the report per language and overall;
    /// with <paramref name="showErrors"/>, every misread row first (for development sets only).</summary>
    public static void Run(IReadOnlyList<LabelledText<CustomerIntent>> rows, TextWriter output, bool showErrors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var results = rows.Select(r => IntentRecognizer.Recognize(r.Text)).ToList();
        var pairs = rows.Select((r, i) => (Gold: r.Label, Predicted: results[i].Intent)).ToList();
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; showErrors && i < rows.Count; i++)
        {
            if (pairs[i].Gold != pairs[i].Predicted)
            {
                var result = results[i];
                output.WriteLine(string.Create(inv,
                    $"MISS gold={IntentNames.ToName(pairs[i].Gold)} predicted={IntentNames.ToName(result.Intent)} ({result.Confidence:F2}, runner-up {IntentNames.ToName(result.RunnerUp)} {result.RunnerUpConfidence:F2}) {rows[i].Text}"));
            }
        }

        var classes = IntentNames.All.Where(intent => rows.Any(r => r.Label == intent)).ToList();
        foreach (var language in rows.Select(r => r.Language).Distinct().Order())
        {
            var subset = pairs.Where((_, i) => rows[i].Language == language).ToList();
            output.Write(Report(classes, subset).Format($"lang={language?.ToString() ?? "unknown"}"));
        }

        var overall = Report(classes, pairs);
        var ambiguous = results.Count(r => r.IsAmbiguous);
        var rightWhenSure = results.Where((r, i) => !r.IsAmbiguous && r.Intent == pairs[i].Gold).Count();
        output.Write(overall.Format("all",
            string.Create(inv, $"ambiguous (a clarifying question would be asked): {ambiguous}; accuracy of the rest: {(double)rightWhenSure / Math.Max(1, rows.Count - ambiguous):F3}")));
        output.WriteLine(string.Create(inv, $"accuracy={overall.Accuracy:F3} n={overall.Count}"));
    }

    private static ClassificationReport<CustomerIntent> Report(IReadOnlyList<CustomerIntent> classes, IReadOnlyList<(CustomerIntent Gold, CustomerIntent Predicted)> pairs)
        => new(classes, IntentNames.All, pairs, IntentNames.ToName);
}
