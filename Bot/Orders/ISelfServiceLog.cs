namespace SupportBot.Bot.Orders;

/// <summary>The record of self-service actions, read by agents in a conversation's escalation context.</summary>
public interface ISelfServiceLog
{
    /// <summary>Records <paramref name="action"/>.</summary>
    Task RecordAsync(SelfServiceAction action, CancellationToken cancellationToken);

    /// <summary>A conversation's actions, oldest first (at most <paramref name="limit"/>, the most recent ones).</summary>
    Task<IReadOnlyList<SelfServiceAction>> ListByConversationAsync(string conversationId, int limit, CancellationToken cancellationToken);
}
