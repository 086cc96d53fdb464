using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Abstractions;

/// <summary>How a text reads: document label and scores, its sentences, the opinions found, the language
/// used, which provider answered and whether that was a fallback.</summary>
public sealed record SentimentResult
{
    /// <summary>Document label.</summary>
    public required SentimentLabel Label { get; init; }

    /// <summary>Document confidence scores (sum to 1).</summary>
    public required SentimentScores Scores { get; init; }

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<SentenceSentiment> Sentences { get; init; } = [];

    /// <summary>The language the text was analysed as.</summary>
    public required Language Language { get; init; }

    /// <summary>Who answered: "offline" or "azure".</summary>
    public required string Provider { get; init; }

    /// <summary>True when the configured provider failed and another one answered (a degraded result).</summary>
    public bool IsFallback { get; init; }

    /// <summary>Set when the text could not be analysed; the label is then neutral with no sentences.</summary>
    public SentimentError? Error { get; init; }

    /// <summary>The most negative sentence, if any sentence is negative: a mixed document can hide a very
    /// unhappy sentence, and that is the one to act on.</summary>
    public SentenceSentiment? WorstSentence => Sentences
        .Where(s => s.Label == SentimentLabel.Negative)
        .OrderByDescending(s => s.Scores.Negative)
        .FirstOrDefault();

    /// <summary>Every opinion found, across sentences.</summary>
    public IEnumerable<AspectOpinion> Opinions => Sentences.SelectMany(s => s.Opinions);
}
