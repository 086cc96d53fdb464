using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Insights;

/// <summary>What a report covers: local days <see cref="From"/> to <see cref="To"/> (both included) in <see cref="Zone"/>,
/// optionally one channel and one language.</summary>
/// <param name="From">First day, local.</param>
/// <param name="To">Last day, local (included).</param>
/// <param name="Zone">The time zone days and buckets are read in.</param>
/// <param name="Channel">Only this channel (ordinal, case-insensitive), or every channel.</param>
/// <param name="Language">Only this language, or both.</param>
public sealed record InsightsFilter(DateOnly From, DateOnly To, TimeZoneInfo Zone, string? Channel, Language? Language)
{
    /// <summary>The first instant covered.</summary>
    public DateTimeOffset StartInclusive => TimeBuckets.StartOfDay(From, Zone);

    /// <summary>The first instant after the range.</summary>
    public DateTimeOffset EndExclusive => TimeBuckets.StartOfDay(To.AddDays(1), Zone);

    /// <summary>Number of days covered.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Whether a survey record is in the range, channel and language.</summary>
    public bool Matches(SurveyRecord record) => record is not null && InRange(record.StartedAt) && Matches(record.ChannelId, record.Language);

    /// <summary>Whether an escalation was created in the range, channel and language.</summary>
    public bool Matches(EscalationCase escalation) => escalation is not null && InRange(escalation.CreatedAt)
        && Matches(escalation.Request.ChannelId, escalation.Request.Language);

    /// <summary>Whether an invitation was sent in the range, channel and language.</summary>
    public bool Matches(InvitationFact invitation) => invitation is not null && InRange(invitation.SentAt)
        && Matches(invitation.ChannelId, invitation.Language);

    private bool InRange(DateTimeOffset at) => at >= StartInclusive && at < EndExclusive;

    private bool Matches(string channel, Language language)
        => (Channel is null || string.Equals(Channel, channel, StringComparison.OrdinalIgnoreCase)) && (Language is null || Language == language);
}
