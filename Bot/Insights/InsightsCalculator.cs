using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Insights;

/// <summary>Builds the <see cref="InsightsReport"/> from what the stores returned for the date range; a pure function
/// (the filter is applied here, so stores may return more than the range).</summary>
public static class InsightsCalculator
{
    /// <summary>The report for <paramref name="filter"/>. <paramref name="invitations"/> empty means no invitation data;
    /// <paramref name="now"/> decides which unclaimed escalations are already past their SLA.</summary>
    public static InsightsReport Build(
        InsightsFilter filter, IEnumerable<SurveyRecord> surveys, IEnumerable<EscalationCase> escalations, IEnumerable<InvitationFact> invitations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(escalations);
        ArgumentNullException.ThrowIfNull(invitations);
        var allSurveys = surveys.ToList();
        var allEscalations = escalations.ToList();
        var allInvitations = invitations.ToList();
        var dateOnly = filter with { Channel = null, Language = null };
        var channels = allSurveys.Where(dateOnly.Matches).Select(r => r.ChannelId)
            .Concat(allEscalations.Where(dateOnly.Matches).Select(e => e.Request.ChannelId))
            .Where(c => !string.IsNullOrEmpty(c))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

        var records = allSurveys.Where(filter.Matches).ToList();
        var cases = allEscalations.Where(filter.Matches).ToList();
        var sent = allInvitations.Where(filter.Matches).ToList();
        var csat = records.Where(r => r.Csat is not null).Select(r => r.Csat!.Value).ToList();
        var nps = records.Where(r => r.Nps is not null).Select(r => r.Nps!.Value).ToList();
        var bucket = TimeBuckets.Choose(filter.From, filter.To);
        return new InsightsReport
        {
            From = filter.From,
            To = filter.To,
            TimeZone = filter.Zone.Id,
            Channel = filter.Channel,
            Language = filter.Language,
            Bucket = bucket,
            Channels = channels,
            Responses = records.Count(SurveyMetrics.IsResponse),
            Nps = ScoreMetrics.Nps(nps),
            NpsAnswers = nps.Count,
            CsatPercent = ScoreMetrics.CsatPercent(csat),
            CsatAnswers = csat.Count,
            CsatDistribution = ScoreMetrics.CsatDistribution(csat),
            NpsDistribution = ScoreMetrics.NpsDistribution(nps),
            Trend = SurveyMetrics.Trend(records, filter.From, filter.To, filter.Zone, bucket),
            ResponseRate = SurveyMetrics.Rate(records, allInvitations.Count == 0 ? null : sent),
            ByChannel = SurveyMetrics.BySegment(records, r => r.ChannelId),
            ByLanguage = SurveyMetrics.BySegment(records, r => r.Language.ToString()),
            Escalations = cases.Count,
            EscalationsByReason = EscalationMetrics.ByReason(cases),
            TimeToClaim = EscalationMetrics.ClaimTimes(cases, now),
            Retention = RetentionMetrics.Summarize(cases),
            NegativeAspects = NegativeAspects.Top(records),
        };
    }
}
