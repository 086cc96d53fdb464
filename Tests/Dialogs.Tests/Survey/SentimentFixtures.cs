using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Survey;

/// <summary>Sentiment results built by hand, so a policy test states exactly the scores it is about.</summary>
internal static class SentimentFixtures
{
    public static SentimentResult Comment(
        SentimentLabel label, double negative, double positive = 0, IReadOnlyList<SentenceSentiment>? sentences = null) => new()
    {
        Label = label,
        Scores = Scores(positive, negative),
        Sentences = sentences ?? [],
        Language = Language.Spanish,
        Provider = "test",
    };

    public static SentenceSentiment Sentence(SentimentLabel label, double negative, params AspectOpinion[] opinions)
        => new("frase", 0, 5, label, Scores(0, negative), opinions);

    public static AspectOpinion Opinion(ServiceAspect? aspect, SentimentLabel label) => new("objetivo", aspect, label, []);

    private static SentimentScores Scores(double positive, double negative) => new(positive, Math.Max(0, 1 - positive - negative), negative);
}
