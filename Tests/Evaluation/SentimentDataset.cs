using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Evaluation;

/// <summary>Reads a sentiment TSV: a header row naming the columns <c>label</c>, <c>lang</c> (optional) and <c>text</c>
/// in any order; labels positive/negative/neutral, pos/neg/neu or 1/0.</summary>
public static class SentimentDataset
{
    /// <summary>The rows of <paramref name="path"/>.</summary>
    /// <exception cref="EvaluationException">The file is missing, lacks a column or has an unknown label.</exception>
    public static IReadOnlyList<LabelledText<SentimentLabel>> Load(string path)
        => LabelledTsv.Load(path, "label", ParseLabel, "positive, negative, neutral, pos, neg, neu, 1 or 0");

    private static SentimentLabel? ParseLabel(string value) => value switch
    {
        "positive" or "pos" or "1" => SentimentLabel.Positive,
        "negative" or "neg" or "0" => SentimentLabel.Negative,
        "neutral" or "neu" => SentimentLabel.Neutral,
        _ => null,
    };
}
