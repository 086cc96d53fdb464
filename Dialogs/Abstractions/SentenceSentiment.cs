namespace SupportBot.Dialogs.Abstractions;

/// <summary>One sentence of the analysed text.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Offset">Start in the original text, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Label">Positive, neutral or negative.</param>
/// <param name="Scores">Confidence per class.</param>
/// <param name="Opinions">Targets and their assessments found in the sentence.</param>
public sealed record SentenceSentiment(
    string Text, int Offset, int Length, SentimentLabel Label, SentimentScores Scores, IReadOnlyList<AspectOpinion> Opinions);
