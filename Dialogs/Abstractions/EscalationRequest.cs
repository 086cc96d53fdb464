using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Abstractions;

/// <summary>A request for a person to take over, with what they need to see.</summary>
public sealed record EscalationRequest
{
    /// <summary>Customer.</summary>
    public required string CustomerId { get; init; }

    /// <summary>Customer's channel.</summary>
    public required string ChannelId { get; init; }

    /// <summary>Conversation to reach the customer in.</summary>
    public required string ConversationId { get; init; }

    /// <summary>Customer's language.</summary>
    public required Language Language { get; init; }

    /// <summary>The survey that triggered it, if any.</summary>
    public string? SurveyId { get; init; }

    /// <summary>Order, if known.</summary>
    public string? OrderId { get; init; }

    /// <summary>Product, if known.</summary>
    public string? Product { get; init; }

    /// <summary>CSAT, if answered.</summary>
    public int? Csat { get; init; }

    /// <summary>NPS, if answered.</summary>
    public int? Nps { get; init; }

    /// <summary>PII-redacted comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Sentiment of the comment.</summary>
    public SentimentResult? Sentiment { get; init; }

    /// <summary>Aspects concerned.</summary>
    public IReadOnlyList<ServiceAspect> Aspects { get; init; } = [];

    /// <summary>The policy's decision (reasons and priority).</summary>
    public required EscalationDecision Decision { get; init; }
}
