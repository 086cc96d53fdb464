using SupportBot.Dialogs.Channels;

namespace SupportBot.Bot.Invitations;

/// <summary>The channel's own rule for writing first, from its capability profile (<see cref="ChannelProfiles"/>):
/// Web Chat, Direct Line, Teams, Slack and SMS any time the bot has the conversation; Telegram once the customer wrote;
/// Messenger and WhatsApp only within their reply window after the customer's last message; an unknown channel never.</summary>
public sealed class ProactiveChannelPolicy : IInvitationChannelPolicy
{
    /// <inheritdoc />
    public bool CanInvite(string channelId, DateTimeOffset lastCustomerActivityAt, DateTimeOffset now)
        => !string.IsNullOrEmpty(channelId) && ChannelProfiles.For(channelId).AllowsProactive(lastCustomerActivityAt, now);
}
