using System.Globalization;
using System.Text;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Evaluation;

/// <summary>Accuracy, per-class precision, recall and F1, macro-F1 and the confusion matrix of gold against predicted labels.</summary>
/// <param name="Classes">The gold classes scored (two for a binary file, three otherwise).</param>
/// <param name="Pairs">(gold, predicted) per row; a prediction outside <paramref name="Classes"/> is an error.</param>
public sealed record ClassificationReport(IReadOnlyList<SentimentLabel> Classes, IReadOnlyList<(SentimentLabel Gold, SentimentLabel Predicted)> Pairs)
{
    private static readonly SentimentLabel[] Columns = [SentimentLabel.Positive, SentimentLabel.Negative, SentimentLabel.Neutral];

    /// <summary>Rows scored.</summary>
    public int Count => Pairs.Count;

    /// <summary>Share of rows predicted right.</summary>
    public double Accuracy => Count == 0 ? 0 : (double)Pairs.Count(p => p.Gold == p.Predicted) / Count;

    /// <summary>Mean F1 over <see cref="Classes"/>.</summary>
    public double MacroF1 => Classes.Average(c => F1(c));

    /// <summary>Rows predicted neutral although the file has no neutral class.</summary>
    public int NeutralPredictionsOutsideClasses => Classes.Contains(SentimentLabel.Neutral) ? 0 : Pairs.Count(p => p.Predicted == SentimentLabel.Neutral);

    /// <summary>Precision of <paramref name="label"/>.</summary>
    public double Precision(SentimentLabel label)
    {
        var predicted = Pairs.Count(p => p.Predicted == label);
        return predicted == 0 ? 0 : (double)Pairs.Count(p => p.Predicted == label && p.Gold == label) / predicted;
    }

    /// <summary>Recall of <paramref name="label"/>.</summary>
    public double Recall(SentimentLabel label)
    {
        var gold = Pairs.Count(p => p.Gold == label);
        return gold == 0 ? 0 : (double)Pairs.Count(p => p.Predicted == label && p.Gold == label) / gold;
    }

    /// <summary>F1 of <paramref name="label"/>.</summary>
    public double F1(SentimentLabel label)
    {
        var (p, r) = (Precision(label), Recall(label));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The report as text: the headline figures, a table per class and the confusion matrix.</summary>
    public string Format(string title)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"== {title}: n={Count} accuracy={Accuracy:F3} macro_f1={MacroF1:F3}");
        if (NeutralPredictionsOutsideClasses > 0 || !Classes.Contains(SentimentLabel.Neutral))
        {
            text.AppendLine(inv, $"   binary file: {NeutralPredictionsOutsideClasses} neutral predictions counted as errors");
        }

        text.AppendLine("   class      precision  recall  f1     support");
        foreach (var label in Classes)
        {
            text.AppendLine(inv, $"   {Name(label),-10} {Precision(label),9:F3}  {Recall(label),6:F3}  {F1(label):F3}  {Pairs.Count(p => p.Gold == label),7}");
        }

        text.AppendLine("   confusion (rows gold, columns predicted):");
        text.AppendLine(inv, $"   {"",-10} {string.Join(" ", Columns.Select(c => $"{Name(c),9}"))}");
        foreach (var gold in Classes)
        {
            text.AppendLine(inv, $"   {Name(gold),-10} {string.Join(" ", Columns.Select(c => $"{Pairs.Count(p => p.Gold == gold && p.Predicted == c),9}"))}");
        }

        return text.ToString();
    }

    private static string Name(SentimentLabel label) => label.ToString().ToLowerInvariant();
}
