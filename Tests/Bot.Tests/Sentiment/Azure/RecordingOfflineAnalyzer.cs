using System.Collections.Concurrent;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>Stands in for the offline analyzer behind the fallback: answers neutral, provider "offline", and
/// records the texts it was given.</summary>
public sealed class RecordingOfflineAnalyzer : ISentimentAnalyzer
{
    private readonly ConcurrentQueue<string> _texts = new();

    public IReadOnlyList<string> Texts => [.. _texts];

    public Task<IReadOnlyList<SentimentResult>> AnalyzeAsync(IReadOnlyList<SentimentRequest> requests, CancellationToken cancellationToken)
    {
        foreach (var request in requests)
        {
            _texts.Enqueue(request.Text);
        }

        return Task.FromResult<IReadOnlyList<SentimentResult>>(requests
            .Select(r => new SentimentResult
            {
                Label = SentimentLabel.Neutral,
                Scores = new SentimentScores(0.1, 0.8, 0.1),
                Sentences = [new SentenceSentiment(r.Text, 0, r.Text.Length, SentimentLabel.Neutral, new SentimentScores(0.1, 0.8, 0.1), [])],
                Language = r.Language ?? Language.Spanish,
                Provider = "offline",
            })
            .ToList());
    }
}
