using System.Globalization;
using System.Text;

namespace SupportBot.Evaluation;

/// <summary>Accuracy, per-class precision, recall and F1, macro-F1 and the confusion matrix of gold against predicted labels.</summary>
/// <typeparam name="TLabel">The label type: a sentiment or an intent.</typeparam>
/// <param name="Classes">The gold classes scored, in the order rows are printed.</param>
/// <param name="Columns">The predicted labels shown as confusion columns (may include labels outside <paramref name="Classes"/>).</param>
/// <param name="Pairs">(gold, predicted) per row; a prediction outside <paramref name="Classes"/> is an error.</param>
/// <param name="Name">The printed name of a label.</param>
public sealed record ClassificationReport<TLabel>(
    IReadOnlyList<TLabel> Classes,
    IReadOnlyList<TLabel> Columns,
    IReadOnlyList<(TLabel Gold, TLabel Predicted)> Pairs,
    Func<TLabel, string> Name)
    where TLabel : struct, Enum
{
    /// <summary>Rows scored.</summary>
    public int Count => Pairs.Count;

    /// <summary>Share of rows predicted right.</summary>
    public double Accuracy => Count == 0 ? 0 : (double)Pairs.Count(p => Same(p.Gold, p.Predicted)) / Count;

    /// <summary>Mean F1 over <see cref="Classes"/>.</summary>
    public double MacroF1 => Classes.Average(F1);

    /// <summary>Precision of <paramref name="label"/>.</summary>
    public double Precision(TLabel label)
    {
        var predicted = Pairs.Count(p => Same(p.Predicted, label));
        return predicted == 0 ? 0 : (double)Pairs.Count(p => Same(p.Predicted, label) && Same(p.Gold, label)) / predicted;
    }

    /// <summary>Recall of <paramref name="label"/>.</summary>
    public double Recall(TLabel label)
    {
        var gold = Pairs.Count(p => Same(p.Gold, label));
        return gold == 0 ? 0 : (double)Pairs.Count(p => Same(p.Predicted, label) && Same(p.Gold, label)) / gold;
    }

    /// <summary>F1 of <paramref name="label"/>.</summary>
    public double F1(TLabel label)
    {
        var (p, r) = (Precision(label), Recall(label));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The report as text: the headline figures, <paramref name="notes"/>, a table per class and the confusion matrix.</summary>
    public string Format(string title, params IEnumerable<string> notes)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var rowWidth = Math.Max(10, Classes.Max(c => Name(c).Length));
        var columnWidth = Math.Max(9, Columns.Max(c => Name(c).Length));
        text.AppendLine(inv, $"== {title}: n={Count} accuracy={Accuracy:F3} macro_f1={MacroF1:F3}");
        foreach (var note in notes)
        {
            text.AppendLine(inv, $"   {note}");
        }

        text.AppendLine(inv, $"   {"class".PadRight(rowWidth)} precision  recall  f1     support");
        foreach (var label in Classes)
        {
            text.AppendLine(inv, $"   {Name(label).PadRight(rowWidth)} {Precision(label),9:F3}  {Recall(label),6:F3}  {F1(label):F3}  {Pairs.Count(p => Same(p.Gold, label)),7}");
        }

        text.AppendLine("   confusion (rows gold, columns predicted):");
        text.AppendLine(inv, $"   {"".PadRight(rowWidth)} {string.Join(" ", Columns.Select(c => Name(c).PadLeft(columnWidth)))}");
        foreach (var gold in Classes)
        {
            var counts = Columns.Select(c => Pairs.Count(p => Same(p.Gold, gold) && Same(p.Predicted, c)).ToString(inv).PadLeft(columnWidth));
            text.AppendLine(inv, $"   {Name(gold).PadRight(rowWidth)} {string.Join(" ", counts)}");
        }

        return text.ToString();
    }

    private static bool Same(TLabel a, TLabel b) => EqualityComparer<TLabel>.Default.Equals(a, b);
}
