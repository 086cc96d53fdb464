using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>The raw reading of one sentence before it becomes a <see cref="SentenceSentiment"/>.</summary>
/// <param name="Sum">Sum of the weighted valences (VADER scale, unbounded).</param>
/// <param name="PositiveMass">Sum of the positive valences.</param>
/// <param name="NegativeMass">Sum of the magnitudes of the negative valences.</param>
/// <param name="StartsWithContrast">The sentence opens with "pero", "but", "however"...</param>
/// <param name="WordCount">Words in the sentence (emoji and punctuation not counted).</param>
/// <param name="HasIronyMarker">The sentence has an emoji often used ironically (👏 🙄 🙃 😒 🤡).</param>
/// <param name="Opinions">The aspects found with what is said about them.</param>
internal sealed record ScoredSentence(
    double Sum, double PositiveMass, double NegativeMass, bool StartsWithContrast, int WordCount, bool HasIronyMarker, IReadOnlyList<AspectOpinion> Opinions);
