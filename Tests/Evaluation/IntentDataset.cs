using SupportBot.Dialogs.AfterSale;

namespace SupportBot.Evaluation;

/// <summary>Reads an intent TSV: a header row naming the columns <c>intent</c>, <c>lang</c> (optional) and <c>text</c>
/// in any order; intents by their stable names (<see cref="IntentNames"/>).</summary>
public static class IntentDataset
{
    /// <summary>The rows of <paramref name="path"/>.</summary>
    /// <exception cref="EvaluationException">The file is missing, lacks a column or has an unknown intent.</exception>
    public static IReadOnlyList<LabelledText<CustomerIntent>> Load(string path)
        => LabelledTsv.Load<CustomerIntent>(
            path, "intent", name => IntentNames.TryParse(name, out var intent) ? intent : null,
            string.Join(", ", IntentNames.All.Select(IntentNames.ToName)));
}
