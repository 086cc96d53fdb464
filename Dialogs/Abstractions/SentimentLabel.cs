namespace SupportBot.Dialogs.Abstractions;

/// <summary>Polarity of a document, sentence or opinion. Persisted by name.</summary>
public enum SentimentLabel
{
    /// <summary>Neither positive nor negative.</summary>
    Neutral,

    /// <summary>Positive.</summary>
    Positive,

    /// <summary>Negative.</summary>
    Negative,

    /// <summary>Both positive and negative parts (documents and opinions only).</summary>
    Mixed,
}
