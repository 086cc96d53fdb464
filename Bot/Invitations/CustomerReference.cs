using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Invitations;

/// <summary>Where a customer last talked to the bot, for proactive invitations: the conversation reference (JSON) and
/// what the bot knew then.</summary>
/// <param name="CustomerId">The key: the shop's customer id when a signed link vouched for it, else the channel-scoped
/// id (<c>channel:user</c>, as surveys and orders use).</param>
/// <param name="ChannelCustomerId">The channel-scoped id (<c>channel:user</c>) surveys, opt-outs and the throttle use.</param>
/// <param name="ChannelId">The channel.</param>
/// <param name="ConversationId">The conversation the reference continues.</param>
/// <param name="Reference">The Bot Framework conversation reference, as JSON.</param>
/// <param name="Language">The customer's language in that turn.</param>
/// <param name="TimeZone">The IANA time zone the channel told (Web Chat's <c>localTimezone</c>, Teams' clientInfo), if any.</param>
/// <param name="LastSeenAt">The customer's last turn (refreshed at most hourly when nothing else changed).</param>
public sealed record CustomerReference(
    string CustomerId,
    string ChannelCustomerId,
    string ChannelId,
    string ConversationId,
    string Reference,
    Language Language,
    string? TimeZone,
    DateTimeOffset LastSeenAt)
{
    /// <summary>What to write over <paramref name="stored"/> (a time zone told once is kept while later turns tell
    /// none), or null when it differs only by a last-seen time less than <paramref name="refreshAfter"/> newer.</summary>
    public CustomerReference? ToWriteOver(CustomerReference? stored, TimeSpan refreshAfter)
    {
        var merged = this with { TimeZone = TimeZone ?? stored?.TimeZone };
        return stored is null || stored with { LastSeenAt = LastSeenAt } != merged || LastSeenAt - stored.LastSeenAt >= refreshAfter
            ? merged
            : null;
    }
}
