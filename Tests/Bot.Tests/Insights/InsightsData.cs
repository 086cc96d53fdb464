using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Insights;

/// <summary>Short builders of survey records and escalations for the insights fixtures.</summary>
internal static class InsightsData
{
    public static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    public static SurveyRecord Survey(
        DateTimeOffset startedAt, int? csat, int? nps, string channel = "webchat", Language language = Language.Spanish,
        SurveyStatus status = SurveyStatus.Completed, string? comment = null, SentimentLabel? sentiment = null, params ServiceAspect[] aspects) => new()
        {
            Id = Guid.NewGuid().ToString("N"),
            CustomerId = "c-" + Guid.NewGuid().ToString("N"),
            ChannelId = channel,
            Language = language,
            Csat = csat,
            Nps = nps,
            Comment = comment,
            Sentiment = sentiment is { } label
                ? new SentimentResult { Label = label, Scores = new SentimentScores(0, 0, 1), Language = language, Provider = "offline" }
                : null,
            Aspects = [.. aspects],
            Status = status,
            StartedAt = startedAt,
            UpdatedAt = startedAt,
            CompletedAt = status == SurveyStatus.Completed ? startedAt : null,
        };

    public static EscalationCase Case(
        DateTimeOffset createdAt, EscalationPriority priority, TimeSpan sla, TimeSpan? claimedAfter = null, EscalationOutcome? outcome = null,
        int? followUp = null, string channel = "webchat", Language language = Language.Spanish, params EscalationReason[] reasons) => new()
        {
            Id = Guid.NewGuid().ToString("N"),
            Request = new EscalationRequest
            {
                CustomerId = "c-" + Guid.NewGuid().ToString("N"),
                ChannelId = channel,
                ConversationId = Guid.NewGuid().ToString("N"),
                Language = language,
                Decision = new EscalationDecision(true, reasons, priority),
            },
            Status = outcome is null ? (claimedAfter is null ? EscalationStatus.Waiting : EscalationStatus.Claimed) : EscalationStatus.Resolved,
            CreatedAt = createdAt,
            SlaDueAt = createdAt + sla,
            UpdatedAt = createdAt,
            ClaimedBy = claimedAfter is null ? null : "ana",
            ClaimedAt = createdAt + claimedAfter,
            ClosedAt = outcome is null ? null : createdAt.AddHours(1),
            Outcome = outcome,
            FollowUpScore = followUp,
        };
}
