using System.Globalization;
using System.Text;

namespace SupportBot.Bot.Insights;

/// <summary>The report as CSV (RFC 4180, comma, CRLF): one figure per row, columns <c>section,item,metric,value</c>.
/// Text cells that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) get a
/// leading <c>'</c>; numbers are written invariantly (a negative NPS stays a number).</summary>
public static class InsightsCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "section,item,metric,value";

    /// <summary>Writes <paramref name="report"/>.</summary>
    public static string Write(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        void Row(string section, string item, string metric, string value)
            => csv.Append(section).Append(',').Append(Text(item)).Append(',').Append(metric).Append(',').Append(value).Append("\r\n");
        void Rows(string section, string item, params (string Metric, string Value)[] figures)
        {
            foreach (var (metric, value) in figures)
            {
                Row(section, item, metric, value);
            }
        }

        Rows("filter", string.Empty, ("from", report.From.ToString(InsightsRequest.DateFormat, CultureInfo.InvariantCulture)),
            ("to", report.To.ToString(InsightsRequest.DateFormat, CultureInfo.InvariantCulture)), ("time_zone", Text(report.TimeZone)),
            ("channel", Text(report.Channel ?? string.Empty)), ("language", report.Language?.ToString() ?? string.Empty));
        Rows("summary", string.Empty, ("responses", Number(report.Responses)), ("nps", Number(report.Nps)), ("nps_answers", Number(report.NpsAnswers)),
            ("csat_percent", Number(report.CsatPercent)), ("csat_answers", Number(report.CsatAnswers)));
        var rate = report.ResponseRate;
        Rows("response_rate", string.Empty, ("surveys_started", Number(rate.Started)), ("surveys_completed", Number(rate.Completed)),
            ("completion_percent", Number(rate.CompletionPercent)), ("invitations_sent", Number(rate.InvitationsSent)),
            ("invitations_answered", Number(rate.InvitationsAnswered)), ("invitation_percent", Number(rate.InvitationPercent)),
            ("reminders_sent", Number(rate.RemindersSent)));
        for (var score = 1; score <= report.CsatDistribution.Count; score++)
        {
            Row("csat_distribution", Number(score), "count", Number(report.CsatDistribution[score - 1]));
        }

        for (var score = 0; score < report.NpsDistribution.Count; score++)
        {
            Row("nps_distribution", Number(score), "count", Number(report.NpsDistribution[score]));
        }

        var trend = "trend_" + report.Bucket.ToString().ToLowerInvariant();
        foreach (var point in report.Trend)
        {
            Rows(trend, point.Start.ToString(InsightsRequest.DateFormat, CultureInfo.InvariantCulture),
                ("responses", Number(point.Responses)), ("nps", Number(point.Nps)), ("csat_percent", Number(point.CsatPercent)));
        }

        foreach (var (section, rows) in new[] { ("by_channel", report.ByChannel), ("by_language", report.ByLanguage) })
        {
            foreach (var segment in rows)
            {
                Rows(section, segment.Key, ("responses", Number(segment.Responses)), ("nps", Number(segment.Nps)), ("csat_percent", Number(segment.CsatPercent)));
            }
        }

        Row("escalations", string.Empty, "count", Number(report.Escalations));
        foreach (var reason in report.EscalationsByReason)
        {
            Row("escalations_by_reason", reason.Reason.ToString(), "count", Number(reason.Count));
        }

        foreach (var claim in report.TimeToClaim)
        {
            Rows("time_to_claim", claim.Priority, ("claimed", Number(claim.Claimed)), ("median_minutes", Number(claim.MedianMinutes)),
                ("p90_minutes", Number(claim.P90Minutes)), ("sla_minutes", Number(claim.SlaMinutes)),
                ("within_sla_percent", Number(claim.WithinSlaPercent)), ("unclaimed_past_sla", Number(claim.UnclaimedPastSla)));
        }

        var retention = report.Retention;
        Rows("retention", string.Empty, ("resolved", Number(retention.Resolved)), ("saved", Number(retention.Saved)),
            ("saved_percent", Number(retention.SavedPercent)), ("win_back_score", Number(retention.WinBackScore)),
            ("win_back_answers", Number(retention.WinBackAnswers)));
        foreach (var outcome in retention.Outcomes)
        {
            Row("retention_outcome", outcome.Outcome.ToString(), "count", Number(outcome.Count));
        }

        foreach (var aspect in report.NegativeAspects)
        {
            Row("negative_aspect", aspect.Aspect.ToString(), "count", Number(aspect.Count));
            foreach (var example in aspect.Examples)
            {
                Row("negative_aspect", aspect.Aspect.ToString(), "example", Text(example));
            }
        }

        return csv.ToString();
    }

    /// <summary>A text cell: neutralised if a spreadsheet would read it as a formula, quoted when it holds a comma,
    /// quote, line break or edge spaces (quotes doubled).</summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
