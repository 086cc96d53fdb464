namespace SupportBot.Bot.Escalation;

/// <summary>Who wrote a transcript line. Persisted by name.</summary>
public enum TranscriptSender
{
    /// <summary>The customer.</summary>
    Customer,

    /// <summary>The bot.</summary>
    Bot,

    /// <summary>A retention agent.</summary>
    Agent,
}
