namespace SupportBot.Dialogs.Abstractions;

/// <summary>The retention team's desk as the customer's dialogs see it: queue position and hours, callbacks.
/// Implemented in <c>Bot/</c>.</summary>
public interface IHandoffDesk
{
    /// <summary>Where the escalation stands in the queue, and whether the team is working now.</summary>
    Task<HandoffQueueStatus> GetStatusAsync(string escalationId, CancellationToken cancellationToken);

    /// <summary>Records the customer's consented request to be contacted at <paramref name="contact"/> (phone or
    /// e-mail). False when the escalation is no longer waiting (an agent took it, or it was closed).</summary>
    Task<bool> RequestCallbackAsync(string escalationId, string contact, CancellationToken cancellationToken);
}
