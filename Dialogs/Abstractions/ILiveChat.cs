namespace SupportBot.Dialogs.Abstractions;

/// <summary>The customer's side of a live conversation with a retention agent. Implemented in <c>Bot/</c>.</summary>
public interface ILiveChat
{
    /// <summary>Whether an agent is live in the conversation, or the follow-up question is pending.</summary>
    Task<LiveChatStatus> GetStatusAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Passes the customer's message to the agent (stored PII-redacted in the escalation's transcript).</summary>
    Task RelayToAgentAsync(string conversationId, string text, CancellationToken cancellationToken);

    /// <summary>The customer leaves the live chat ("salir" / "exit"); the agent is told.</summary>
    Task LeaveAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The customer withdraws the queued request (or the booked callback). False when nothing could be withdrawn.</summary>
    Task<bool> WithdrawAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Books the callback the bot offered, at <paramref name="contact"/>. False when an agent took it meanwhile.</summary>
    Task<bool> RequestCallbackAsync(string conversationId, string contact, CancellationToken cancellationToken);

    /// <summary>Applies what an external agent hub reported about the conversation's escalation. False when the
    /// conversation has no escalation the report can apply to.</summary>
    Task<bool> ApplyHubStatusAsync(string conversationId, HandoffHubState state, string? message, CancellationToken cancellationToken);

    /// <summary>Stores the answer to the follow-up question; null when the customer did not answer it.</summary>
    Task RecordFollowUpAsync(string conversationId, int? score, CancellationToken cancellationToken);
}
