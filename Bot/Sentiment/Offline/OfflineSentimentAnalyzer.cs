using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>The embedded sentiment analyzer for Spanish and English: rules and lexicons, deterministic, no network.
/// The default <see cref="ISentimentAnalyzer"/> and the fallback when a cloud provider fails.</summary>
/// <remarks>Lexicons: VADER (MIT), AFINN (Apache-2.0) and our own post-sale lexicons, embedded in the assembly
/// (see <c>Bot/Sentiment/Offline/Lexicons/README.md</c>). A sentence is positive or negative when its normalised
/// score reaches <see cref="SentenceThreshold"/>; the document label follows Azure AI Language's rule.</remarks>
public sealed class OfflineSentimentAnalyzer : ISentimentAnalyzer
{
    /// <summary>The provider name in results.</summary>
    public const string ProviderName = "offline";

    /// <summary>A sentence whose normalised score (−1..1) reaches this magnitude is positive or negative.</summary>
    public const double SentenceThreshold = 0.05;

    // VADER's normalisation constant: score = sum / sqrt(sum² + Alpha).
    private const double Alpha = 15;

    private readonly SentimentLexicon _spanish = SentimentLexicon.Load(Language.Spanish);
    private readonly SentimentLexicon _english = SentimentLexicon.Load(Language.English);

    /// <summary>The language used when a request has none and the text does not tell.</summary>
    public Language DefaultLanguage { get; init; } = Language.Spanish;

    /// <inheritdoc />
    public Task<IReadOnlyList<SentimentResult>> AnalyzeAsync(IReadOnlyList<SentimentRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var results = new SentimentResult[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = Analyze(requests[i]);
        }

        return Task.FromResult<IReadOnlyList<SentimentResult>>(results);
    }

    /// <summary>Analyses one text synchronously (the work is CPU-only and takes microseconds).</summary>
    public SentimentResult Analyze(SentimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Text ?? string.Empty;
        var language = request.Language ?? LanguageDetector.Detect(text) ?? DefaultLanguage;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SentimentResult
            {
                Label = SentimentLabel.Neutral,
                Scores = new SentimentScores(0, 1, 0),
                Language = language,
                Provider = ProviderName,
                Error = new SentimentError("InvalidDocument", "The text is empty: there is nothing to analyse."),
            };
        }

        var lexicon = language == Language.English ? _english : _spanish;
        var sentences = new List<SentenceSentiment>();
        double documentSum = 0, positive = 0, negative = 0;
        foreach (var (start, length) in SentimentTokenizer.Sentences(text))
        {
            var scored = SentenceScorer.Score(text, start, length, lexicon);
            if (IsSarcasticCoda(scored, sentences))
            {
                // "Llegó rota. Perfecto 👏": a bare praise after a complaint means the opposite.
                scored = scored with { Sum = -0.5 * scored.Sum, NegativeMass = scored.PositiveMass, PositiveMass = 0 };
            }

            var compound = Normalise(scored.Sum);
            var label = LabelOf(compound);
            sentences.Add(new SentenceSentiment(
                text.Substring(start, length), start, length, label, ScoresOf(compound, label, scored.PositiveMass, scored.NegativeMass), scored.Opinions));
            // A sentence that opens with "But..." outweighs what came before it, as a clause after "but" does.
            documentSum += scored.Sum * (scored.StartsWithContrast ? 1.5 : 1);
            positive += scored.PositiveMass;
            negative += scored.NegativeMass;
        }

        var documentLabel = DocumentLabel(sentences);
        var documentCompound = Normalise(documentSum);
        if (documentLabel is SentimentLabel.Positive or SentimentLabel.Negative)
        {
            // The label comes from the sentences; keep the scores on its side.
            var sign = documentLabel == SentimentLabel.Positive ? 1 : -1;
            documentCompound = sign * Math.Max(sign * documentCompound, SentenceThreshold);
        }

        return new SentimentResult
        {
            Label = documentLabel,
            Scores = ScoresOf(documentCompound, documentLabel, positive, negative),
            Sentences = sentences,
            Language = language,
            Provider = ProviderName,
        };
    }

    private static bool IsSarcasticCoda(ScoredSentence scored, List<SentenceSentiment> before) =>
        scored.Sum > 0 && scored.WordCount <= 2 && scored.HasIronyMarker && before.Count > 0 && before[^1].Label == SentimentLabel.Negative;

    /// <summary>Azure's rule: positive (or negative) when at least one sentence is and the rest are neutral;
    /// mixed when both occur; neutral when every sentence is.</summary>
    private static SentimentLabel DocumentLabel(List<SentenceSentiment> sentences)
    {
        var positive = sentences.Exists(s => s.Label == SentimentLabel.Positive);
        var negative = sentences.Exists(s => s.Label == SentimentLabel.Negative);
        return (positive, negative) switch
        {
            (true, true) => SentimentLabel.Mixed,
            (true, false) => SentimentLabel.Positive,
            (false, true) => SentimentLabel.Negative,
            _ => SentimentLabel.Neutral,
        };
    }

    private static double Normalise(double sum) => sum / Math.Sqrt((sum * sum) + Alpha);

    private static SentimentLabel LabelOf(double compound) =>
        compound >= SentenceThreshold ? SentimentLabel.Positive
        : compound <= -SentenceThreshold ? SentimentLabel.Negative
        : SentimentLabel.Neutral;

    /// <summary>Confidences that add up to 1 and favour the label: the labelled class gets half plus half the
    /// strength; the rest goes to neutral and to the opposite side in proportion to the opposite feelings found.</summary>
    private static SentimentScores ScoresOf(double compound, SentimentLabel label, double positiveMass, double negativeMass)
    {
        var strength = Math.Abs(compound);
        var total = positiveMass + negativeMass;
        switch (label)
        {
            case SentimentLabel.Mixed:
            {
                var pos = Round(0.45 * (1 + compound));
                var neg = Round(0.45 * (1 - compound));
                return new SentimentScores(pos, Round(1 - pos - neg), neg);
            }

            case SentimentLabel.Neutral:
            {
                var neutral = Round(1 - (0.5 * strength / SentenceThreshold * 0.4));
                var rest = 1 - neutral;
                var pos = total == 0 ? Round(rest / 2) : Round(rest * positiveMass / total);
                return new SentimentScores(pos, neutral, Round(1 - neutral - pos));
            }

            default:
            {
                var main = Round(0.5 + (0.5 * strength));
                var rest = 1 - main;
                var opposite = total == 0 ? 0 : Round(rest * (label == SentimentLabel.Positive ? negativeMass : positiveMass) / total);
                var neutral = Round(1 - main - opposite);
                return label == SentimentLabel.Positive
                    ? new SentimentScores(main, neutral, opposite)
                    : new SentimentScores(opposite, neutral, main);
            }
        }
    }

    private static double Round(double value) => Math.Round(Math.Clamp(value, 0, 1), 4);
}
