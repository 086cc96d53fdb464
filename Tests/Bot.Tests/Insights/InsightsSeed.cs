using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using static SupportBot.Bot.Tests.Insights.InsightsData;

namespace SupportBot.Bot.Tests.Insights;

/// <summary>A small, known week for the HTTP and browser tests, saved through the bot's own stores: 1–7 November 2026
/// (Madrid, the default zone), plus one survey in October that only a wider range sees.</summary>
internal static class InsightsSeed
{
    public const string Supervisor = "sara";
    public const string SupervisorToken = "sara-token-0123456789abcdef01";
    public const string HostileComment = "<img src=x onerror=\"window.xssFired=1\"> =1+2 late again";

    public static readonly DateOnly From = new(2026, 11, 1);
    public static readonly DateOnly To = new(2026, 11, 7);

    /// <summary>A supervisor account next to the scenario's two agents (Ana and Luis, not supervisors).</summary>
    public static Dictionary<string, string?> SupervisorAccount(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Agents:Accounts:2:Id"] = Supervisor;
        settings["Agents:Accounts:2:DisplayName"] = "Sara";
        settings["Agents:Accounts:2:Token"] = SupervisorToken;
        settings["Agents:Accounts:2:Supervisor"] = "true";
        return settings;
    }

    private static DateTimeOffset Utc(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>Saves the week. Expected over 1–7 Nov, every channel and language:
    /// NPS answers 10, 9, 2, 8 → 100 × (2 − 1) / 4 = 25; CSAT 5, 4, 1, 3, 2 → 100 × 2 / 5 = 40;
    /// 5 responses of 6 started, completed 4 → 100 × 4 / 6 = 66.7;
    /// escalations: LowCsat 2, DetractorNps 1, ChurnIntent 1.
    /// English only: NPS 9 → 100; CSAT 4, 2 → 50; completed 2 of 2 → 100; escalations: LowCsat 1.
    /// With October (from 1 Oct): one more Spanish survey with NPS 0 and CSAT 1 → NPS 100 × (2 − 2) / 5 = 0; CSAT 100 × 2 / 6 = 33.3.</summary>
    public static async Task SaveAsync(ISurveyStore surveys, IEscalationStore escalations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(escalations);
        SurveyRecord[] records =
        [
            Survey(Utc(2, 10), 5, 10),
            Survey(Utc(2, 11), 4, 9, language: Language.English),
            Survey(Utc(3, 9), 1, 2, channel: "msteams", comment: HostileComment, sentiment: SentimentLabel.Negative, aspects: [ServiceAspect.Delivery]),
            Survey(Utc(4, 9), 3, 8, status: SurveyStatus.InProgress),
            Survey(Utc(5, 9), 2, null, language: Language.English, comment: "Billing was wrong, twice", aspects: [ServiceAspect.Billing]),
            Survey(Utc(6, 9), null, null, status: SurveyStatus.Abandoned),
            Survey(new DateTimeOffset(2026, 10, 10, 9, 0, 0, TimeSpan.Zero), 1, 0, comment: "Octubre fatal", aspects: [ServiceAspect.Product]),
        ];
        foreach (var record in records)
        {
            await surveys.SaveAsync(record, cancellationToken);
        }

        EscalationCase[] cases =
        [
            Case(Utc(3, 9), EscalationPriority.Urgent, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5), EscalationOutcome.Retained, 5,
                channel: "msteams", reasons: [EscalationReason.LowCsat, EscalationReason.ChurnIntent]),
            Case(Utc(4, 9), EscalationPriority.High, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(45), EscalationOutcome.Lost, 1,
                reasons: [EscalationReason.DetractorNps]),
            Case(Utc(5, 9), EscalationPriority.Normal, TimeSpan.FromHours(1), language: Language.English,
                reasons: [EscalationReason.LowCsat]),
        ];
        foreach (var escalation in cases)
        {
            await escalations.AddAsync(escalation, cancellationToken);
        }
    }
}
