using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Insights;

/// <summary>Reads the date range from the survey and escalation stores (and the invitation history) and builds the report.</summary>
public sealed class InsightsService(
    ISurveyStore surveys, IEscalationStore escalations, IInvitationHistory invitations, TimeProvider time, IOptions<EscalationOptions> escalationOptions)
{
    /// <summary>The zone reports use when the request names none: the retention team's (<c>Escalation:BusinessHours:TimeZone</c>).</summary>
    public TimeZoneInfo DefaultZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(
        (escalationOptions ?? throw new ArgumentNullException(nameof(escalationOptions))).Value.BusinessHours.TimeZone);

    /// <summary>The clock.</summary>
    public TimeProvider Time => time;

    /// <summary>The report for <paramref name="filter"/>.</summary>
    public async Task<InsightsReport> BuildAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var start = filter.StartInclusive;
        var end = filter.EndExclusive;
        var records = await surveys.ListStartedBetweenAsync(start, end, cancellationToken);
        var cases = await escalations.ListCreatedBetweenAsync(start, end, cancellationToken);
        var sent = await invitations.ListSentAsync(start, end, cancellationToken);
        return InsightsCalculator.Build(filter, records, cases, sent, time.GetUtcNow());
    }
}
