using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Evaluation;

/// <summary>Reads a labelled TSV: a header row naming the columns <c>label</c>, <c>lang</c> (optional) and <c>text</c>
/// in any order; labels positive/negative/neutral, pos/neg/neu or 1/0.</summary>
public static class SentimentDataset
{
    /// <summary>The rows of <paramref name="path"/>.</summary>
    /// <exception cref="EvaluationException">The file is missing, lacks a column or has an unknown label.</exception>
    public static IReadOnlyList<LabelledText> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new EvaluationException($"data file not found: {path}");
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new EvaluationException($"{path} is empty; expected a header row with the columns label, lang and text.");
        }

        var header = lines[0].TrimStart('\uFEFF').Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToList();
        var labelColumn = Column(header, "label", path);
        var textColumn = Column(header, "text", path);
        var langColumn = header.IndexOf("lang");
        var rows = new List<LabelledText>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length <= Math.Max(labelColumn, textColumn))
            {
                throw new EvaluationException($"{path} line {i + 1}: expected {header.Count} tab-separated columns, found {fields.Length}.");
            }

            var label = ParseLabel(fields[labelColumn], path, i + 1);
            var language = langColumn >= 0 && langColumn < fields.Length ? LanguageDetector.FromLocale(fields[langColumn]) : null;
            rows.Add(new LabelledText(label, language, fields[textColumn]));
        }

        if (rows.Count == 0)
        {
            throw new EvaluationException($"{path} has a header but no rows.");
        }

        return rows;
    }

    private static int Column(List<string> header, string name, string path)
    {
        var index = header.IndexOf(name);
        return index >= 0
            ? index
            : throw new EvaluationException($"{path}: no '{name}' column in the header (found: {string.Join(", ", header)}).");
    }

    private static SentimentLabel ParseLabel(string value, string path, int line) => value.Trim().ToLowerInvariant() switch
    {
        "positive" or "pos" or "1" => SentimentLabel.Positive,
        "negative" or "neg" or "0" => SentimentLabel.Negative,
        "neutral" or "neu" => SentimentLabel.Neutral,
        _ => throw new EvaluationException($"{path} line {line}: unknown label '{value}' (expected positive, negative, neutral, pos, neg, neu, 1 or 0)."),
    };
}
