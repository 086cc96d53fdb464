namespace SupportBot.Bot.Invitations;

/// <summary>The default policy: every channel the bot has a conversation reference for can be continued proactively
/// (the embedded Direct Line, Web Chat through Azure, Teams personal chats), whenever the customer last wrote.</summary>
public sealed class ProactiveChannelPolicy : IInvitationChannelPolicy
{
    /// <inheritdoc />
    public bool CanInvite(string channelId, DateTimeOffset lastCustomerActivityAt, DateTimeOffset now) => !string.IsNullOrEmpty(channelId);
}
