namespace SupportBot.Bot.Invitations;

/// <summary>Whether a channel may receive a proactive invitation now (some channels only allow messages within a
/// window after the customer's last message). The channel capabilities of issue 11 can implement it.</summary>
public interface IInvitationChannelPolicy
{
    /// <summary>True when the bot may write first to a customer on <paramref name="channelId"/> who last wrote at
    /// <paramref name="lastCustomerActivityAt"/>.</summary>
    bool CanInvite(string channelId, DateTimeOffset lastCustomerActivityAt, DateTimeOffset now);
}
