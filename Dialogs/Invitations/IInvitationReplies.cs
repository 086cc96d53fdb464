namespace SupportBot.Dialogs.Invitations;

/// <summary>The invitations the bot sent, as the conversation sees them: which order an invitation in this conversation
/// was about, and the customer's answer to it. Implemented by the invitation schedule in <c>Bot/Invitations</c>.</summary>
public interface IInvitationReplies
{
    /// <summary>The order of the latest invitation (or reminder) sent to <paramref name="conversationId"/> that the
    /// customer has not answered yet; null when there is none.</summary>
    Task<string?> FindOpenOrderAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Records the customer's answer for <paramref name="orderId"/> (the first answer wins); an answered
    /// invitation gets no reminder.</summary>
    Task RecordAsync(string orderId, InvitationResponse response, DateTimeOffset at, CancellationToken cancellationToken);
}
