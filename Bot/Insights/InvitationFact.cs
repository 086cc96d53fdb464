using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Insights;

/// <summary>One survey invitation (or reminder) the bot sent, as reports see it.</summary>
/// <param name="OrderId">The order the invitation asked about.</param>
/// <param name="CustomerId">Who was invited.</param>
/// <param name="ChannelId">Channel it was sent on.</param>
/// <param name="Language">Language it was written in.</param>
/// <param name="SentAt">When it was sent.</param>
/// <param name="IsReminder">Whether it was a reminder of an earlier invitation.</param>
/// <param name="Answered">Whether the customer answered the survey it invited to.</param>
public sealed record InvitationFact(
    string OrderId, string CustomerId, string ChannelId, Language Language, DateTimeOffset SentAt, bool IsReminder, bool Answered);
