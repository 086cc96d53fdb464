using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Sentiment;

/// <summary>Settings of sentiment analysis, bound from the <c>Sentiment</c> configuration section.</summary>
public sealed class SentimentOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Sentiment";

    /// <summary>Which analyzer answers. Defaults to <see cref="SentimentProvider.Offline"/>.</summary>
    [EnumDataType(typeof(SentimentProvider))]
    public SentimentProvider Provider { get; set; } = SentimentProvider.Offline;
}
