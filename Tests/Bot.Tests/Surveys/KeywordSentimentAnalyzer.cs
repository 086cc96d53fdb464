using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Surveys;

/// <summary>A sentiment analyzer for dialog tests whose verdicts are obvious from the test text: a comment
/// containing a word of <see cref="Negative"/> is negative (0.9), of <see cref="Positive"/> positive (0.9), both is
/// mixed, neither neutral. Aspect words become opinions, so aspect inference can be tested.</summary>
public sealed class KeywordSentimentAnalyzer : ISentimentAnalyzer
{
    public static readonly string[] Negative = ["tarde", "roto", "fatal", "rude", "crushed", "late", "broken", "awful", "no me gusto", "didn't like", "competencia", "leave"];

    public static readonly string[] Positive = ["encanto", "genial", "rapidisimo", "love", "great", "fast", "perfect"];

    private static readonly (string Word, ServiceAspect Aspect)[] Targets =
    [
        ("entrega", ServiceAspect.Delivery), ("paquete", ServiceAspect.Delivery), ("courier", ServiceAspect.Delivery),
        ("box", ServiceAspect.Delivery), ("producto", ServiceAspect.Product), ("product", ServiceAspect.Product),
        ("atencion", ServiceAspect.Support), ("agent", ServiceAspect.Support),
    ];

    public Task<IReadOnlyList<SentimentResult>> AnalyzeAsync(IReadOnlyList<SentimentRequest> requests, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<SentimentResult>>(requests.Select(Analyze).ToList());

    private static SentimentResult Analyze(SentimentRequest request)
    {
        var text = Dialogs.Engine.Recognizers.TextNormalizer.Normalize(request.Text);
        var negative = Array.Exists(Negative, w => text.Contains(w, StringComparison.Ordinal));
        var positive = Array.Exists(Positive, w => text.Contains(w, StringComparison.Ordinal));
        var (label, scores) = (negative, positive) switch
        {
            (true, true) => (SentimentLabel.Mixed, new SentimentScores(0.45, 0.0, 0.55)),
            (true, false) => (SentimentLabel.Negative, new SentimentScores(0.05, 0.05, 0.9)),
            (false, true) => (SentimentLabel.Positive, new SentimentScores(0.9, 0.05, 0.05)),
            _ => (SentimentLabel.Neutral, new SentimentScores(0.1, 0.8, 0.1)),
        };
        var opinions = Targets
            .Where(t => text.Contains(t.Word, StringComparison.Ordinal))
            .Select(t => new AspectOpinion(t.Word, t.Aspect, negative ? SentimentLabel.Negative : label, []))
            .ToList();
        var sentenceLabel = label == SentimentLabel.Mixed ? SentimentLabel.Negative : label;
        return new SentimentResult
        {
            Label = label,
            Scores = scores,
            Sentences = [new SentenceSentiment(request.Text, 0, request.Text.Length, sentenceLabel, scores, opinions)],
            Language = request.Language ?? Language.Spanish,
            Provider = "test",
        };
    }
}
