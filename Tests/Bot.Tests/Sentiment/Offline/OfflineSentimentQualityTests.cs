using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Sentiment.Offline;

/// <summary>Quality floors, a little under the measured figures (README, "Evaluation"), so a change that makes the analyzer
/// worse fails here. Binary files count a neutral prediction as an error; a mixed document counts as its stronger side.</summary>
public sealed class OfflineSentimentQualityTests
{
    [Theory]
    [InlineData("Tests/Data/shared/uci-amazon-en.tsv", 0.86)]
    [InlineData("Tests/Data/shared/uci-yelp-en.tsv", 0.83)]
    [InlineData("Tests/Data/shared/xed-subtitles-es.tsv", 0.34)]
    [InlineData("Tests/Data/sentiment-postsale-es-test.tsv", 0.85)]
    [InlineData("Tests/Data/sentiment-postsale-en-test.tsv", 0.84)]
    [InlineData("Tests/Data/sentiment-postsale-es-dev.tsv", 0.95)]
    [InlineData("Tests/Data/sentiment-postsale-en-dev.tsv", 0.95)]
    public async Task Accuracy_StaysAboveFloor(string file, double floor)
    {
        var rows = File.ReadAllLines(RepositoryFiles.Path(file))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => (Label: Enum.Parse<SentimentLabel>(f[0], ignoreCase: true), Language: LanguageDetector.FromLocale(f[1]), Text: f[2]))
            .ToList();

        var results = await SharedAnalyzer.Instance.AnalyzeAsync(
            rows.Select(r => new SentimentRequest(r.Text, r.Language)).ToList(), CancellationToken.None);

        var correct = rows.Where((row, i) => row.Label == Predicted(results[i])).Count();
        var accuracy = (double)correct / rows.Count;
        Assert.True(accuracy >= floor, $"{file}: accuracy {accuracy:F3} is under the floor {floor:F2}");
    }

    private static SentimentLabel Predicted(SentimentResult result) => result.Label == SentimentLabel.Mixed
        ? result.Scores.Positive > result.Scores.Negative ? SentimentLabel.Positive : SentimentLabel.Negative
        : result.Label;
}
