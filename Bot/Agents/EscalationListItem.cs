using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Agents;

/// <summary>One row of the agents' queue.</summary>
public sealed record EscalationListItem(
    string Id,
    EscalationStatus Status,
    EscalationPriority Priority,
    IReadOnlyList<EscalationReason> Reasons,
    string Summary,
    Language Language,
    string ChannelId,
    int? Csat,
    int? Nps,
    DateTimeOffset CreatedAt,
    DateTimeOffset SlaDueAt,
    bool Overdue,
    string? ClaimedBy)
{
    /// <summary>The row for <paramref name="escalation"/> at <paramref name="now"/>.</summary>
    public static EscalationListItem From(EscalationCase escalation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var request = escalation.Request;
        return new EscalationListItem(
            escalation.Id, escalation.Status, request.Decision.Priority, request.Decision.Reasons, escalation.Summary,
            request.Language, request.ChannelId, request.Csat, request.Nps, escalation.CreatedAt, escalation.SlaDueAt,
            escalation.Status == EscalationStatus.Waiting && escalation.SlaDueAt <= now, escalation.ClaimedBy);
    }
}
