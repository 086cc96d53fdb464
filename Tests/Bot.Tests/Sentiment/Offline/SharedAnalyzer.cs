using SupportBot.Bot.Sentiment.Offline;

namespace SupportBot.Bot.Tests.Sentiment.Offline;

/// <summary>One analyzer for every test: it is immutable and thread-safe, and loading the lexicons once keeps tests fast.</summary>
internal static class SharedAnalyzer
{
    public static readonly OfflineSentimentAnalyzer Instance = new();
}
