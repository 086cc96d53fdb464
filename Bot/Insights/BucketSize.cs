namespace SupportBot.Bot.Insights;

/// <summary>How a time series is bucketed. Shown by name in the API.</summary>
public enum BucketSize
{
    /// <summary>One point per local calendar day.</summary>
    Day,

    /// <summary>One point per local week, starting on Monday.</summary>
    Week,
}
