using SupportBot.Dialogs.Localization;

namespace SupportBot.Evaluation;

/// <summary>Reads a labelled TSV: a header row naming a label column, <c>lang</c> (optional) and <c>text</c> in any order.</summary>
public static class LabelledTsv
{
    /// <summary>The rows of <paramref name="path"/>, labels read by <paramref name="parse"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="labelColumn">The header name of the label column (<c>label</c>, <c>intent</c>).</param>
    /// <param name="parse">The label of a field, or null when the field is not a label.</param>
    /// <param name="expected">The accepted labels, for the error message.</param>
    /// <exception cref="EvaluationException">The file is missing, lacks a column or has an unknown label.</exception>
    public static IReadOnlyList<LabelledText<TLabel>> Load<TLabel>(string path, string labelColumn, Func<string, TLabel?> parse, string expected)
        where TLabel : struct
    {
        if (!File.Exists(path))
        {
            throw new EvaluationException($"data file not found: {path}");
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new EvaluationException($"{path} is empty; expected a header row with the columns {labelColumn}, lang and text.");
        }

        var header = lines[0].TrimStart('\uFEFF').Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToList();
        var labelIndex = Column(header, labelColumn, path);
        var textIndex = Column(header, "text", path);
        var langIndex = header.IndexOf("lang");
        var rows = new List<LabelledText<TLabel>>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length <= Math.Max(labelIndex, textIndex))
            {
                throw new EvaluationException($"{path} line {i + 1}: expected {header.Count} tab-separated columns, found {fields.Length}.");
            }

            var label = parse(fields[labelIndex].Trim().ToLowerInvariant())
                ?? throw new EvaluationException($"{path} line {i + 1}: unknown {labelColumn} '{fields[labelIndex]}' (expected {expected}).");
            var language = langIndex >= 0 && langIndex < fields.Length ? LanguageDetector.FromLocale(fields[langIndex]) : null;
            rows.Add(new LabelledText<TLabel>(label, language, fields[textIndex]));
        }

        return rows.Count > 0 ? rows : throw new EvaluationException($"{path} has a header but no rows.");
    }

    private static int Column(List<string> header, string name, string path)
    {
        var index = header.IndexOf(name);
        return index >= 0
            ? index
            : throw new EvaluationException($"{path}: no '{name}' column in the header (found: {string.Join(", ", header)}).");
    }
}
