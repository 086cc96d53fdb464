namespace SupportBot.Bot.Sentiment;

/// <summary>Which analyzer reads customer comments.</summary>
public enum SentimentProvider
{
    /// <summary>The embedded rules-and-lexicons analyzer (<c>OfflineSentimentAnalyzer</c>): no network, Spanish and English.</summary>
    Offline,

    /// <summary>Azure AI Language, with the offline analyzer as its fallback.</summary>
    Azure,
}
