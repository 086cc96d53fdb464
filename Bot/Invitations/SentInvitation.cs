using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Invitations;

/// <summary>An invitation or reminder the bot sent (for the response rate on the dashboard).</summary>
/// <param name="OrderId">The order.</param>
/// <param name="CustomerId">The customer, as the webhook named them.</param>
/// <param name="ChannelId">The channel it went to.</param>
/// <param name="ConversationId">The conversation it went to.</param>
/// <param name="Language">The language it was written in.</param>
/// <param name="SentAt">When it was sent.</param>
/// <param name="IsReminder">Whether it was the reminder.</param>
/// <param name="Answered">Whether the customer answered the order's invitation or reminder: "rate it now" or "not now",
/// or (seen when the reminder falls due) a survey of the order started some other way.</param>
public sealed record SentInvitation(
    string OrderId,
    string CustomerId,
    string ChannelId,
    string ConversationId,
    Language Language,
    DateTimeOffset SentAt,
    bool IsReminder,
    bool Answered);
