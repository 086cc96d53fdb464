using SupportBot.Bot.Escalation;
using SupportBot.Bot.Insights;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using static SupportBot.Bot.Tests.Insights.InsightsData;

namespace SupportBot.Bot.Tests.Insights;

/// <summary>The whole report over a hand-computed fixture: one week (1–7 November 2026, Madrid, UTC+1) of surveys,
/// escalations and invitations, with records just inside and just outside the local range. Every expected figure is
/// worked out in the comment next to it.</summary>
public sealed class InsightsCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly InsightsFilter Week = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 7), Madrid, null, null);
    private static readonly TimeSpan Minutes30 = TimeSpan.FromMinutes(30);

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    // s6 starts 23:30Z on 31 Oct = 00:30 on 1 Nov in Madrid (inside); s7 23:10Z on 7 Nov = 00:10 on the 8th (outside).
    private static readonly SurveyRecord[] Surveys =
    [
        Survey(Utc(2, 10), csat: 5, nps: 10),                                                                       // s1
        Survey(Utc(2, 11), csat: 4, nps: 9, language: Language.English),                                            // s2
        Survey(Utc(3, 9), csat: 2, nps: 3, channel: "msteams", comment: "La entrega llegó tarde",
            sentiment: SentimentLabel.Negative, aspects: [ServiceAspect.Delivery, ServiceAspect.Support]),          // s3
        Survey(Utc(3, 12), csat: 3, nps: 7, comment: "El producto bien", aspects: [ServiceAspect.Product]),         // s4
        Survey(Utc(4, 8), csat: 1, nps: null, language: Language.English, status: SurveyStatus.InProgress,
            comment: "<script>alert(1)</script> late", sentiment: SentimentLabel.Negative, aspects: [ServiceAspect.Delivery]), // s5
        Survey(new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero), csat: 5, nps: 8),                        // s6
        Survey(Utc(7, 23, 10), csat: 1, nps: 0, comment: "fuera", aspects: [ServiceAspect.Billing]),                // s7 (outside)
        Survey(Utc(5, 10), csat: null, nps: null, status: SurveyStatus.Abandoned),                                  // s8
    ];

    private static readonly EscalationCase[] Escalations =
    [
        Case(Utc(2, 10), EscalationPriority.High, Minutes30, TimeSpan.FromMinutes(10), EscalationOutcome.Retained, 5,
            reasons: [EscalationReason.LowCsat, EscalationReason.DetractorNps]),                                    // e1
        Case(Utc(2, 12), EscalationPriority.High, Minutes30, TimeSpan.FromMinutes(40), EscalationOutcome.Lost, 2,
            reasons: [EscalationReason.DetractorNps]),                                                              // e2
        Case(Utc(3, 9), EscalationPriority.Urgent, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5), EscalationOutcome.Discount,
            channel: "msteams", reasons: [EscalationReason.ChurnIntent, EscalationReason.DetractorNps]),           // e3
        Case(Utc(4, 9), EscalationPriority.Normal, TimeSpan.FromHours(1), TimeSpan.FromMinutes(20), EscalationOutcome.Refund, 4,
            language: Language.English, reasons: [EscalationReason.NegativeComment]),                              // e4
        Case(Utc(5, 9), EscalationPriority.Normal, TimeSpan.FromHours(1), language: Language.English,
            reasons: [EscalationReason.LowCsat]),                                                                   // e5 (never claimed)
        Case(Utc(8, 0), EscalationPriority.High, Minutes30, reasons: [EscalationReason.LowCsat]),             // e6 (outside: 01:00 on the 8th)
    ];

    private static readonly InvitationFact[] Invitations =
    [
        new("o1", "c1", "webchat", Language.Spanish, Utc(2, 9), IsReminder: false, Answered: true),                // i1
        new("o2", "c2", "webchat", Language.English, Utc(3, 9), IsReminder: false, Answered: false),               // i2
        new("o2", "c2", "webchat", Language.English, Utc(3, 18), IsReminder: true, Answered: false),               // i3
        new("o4", "c4", "msteams", Language.Spanish, Utc(4, 9), IsReminder: false, Answered: true),                // i4
        new("o5", "c5", "webchat", Language.Spanish, new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero), false, true), // i5 (outside)
    ];

    private static InsightsReport Build(InsightsFilter filter) => InsightsCalculator.Build(filter, Surveys, Escalations, Invitations, Now);

    [Fact]
    public void Scores_OverTheLocalWeek()
    {
        var report = Build(Week);

        // In range: s1–s6 and s8 (7 started); with a score: s1–s6 → 6 responses.
        Assert.Equal(6, report.Responses);
        // NPS answers 10, 9, 3, 7, 8 (s1, s2, s3, s4, s6): promoters 2, detractors 1 → 100 × (2 − 1) / 5 = 20.
        Assert.Equal((20m, 5), (report.Nps, report.NpsAnswers));
        // CSAT answers 5, 4, 2, 3, 1, 5: 4–5 are s1, s2, s6 → 100 × 3 / 6 = 50.
        Assert.Equal((50m, 6), (report.CsatPercent, report.CsatAnswers));
        Assert.Equal([1, 1, 1, 1, 2], report.CsatDistribution);
        Assert.Equal([0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1], report.NpsDistribution);
        Assert.Equal(["msteams", "webchat"], report.Channels);
    }

    [Fact]
    public void Trend_IsDailyInMadrid_WithEmptyDays()
    {
        var trend = Build(Week).Trend;

        Assert.Equal(BucketSize.Day, Build(Week).Bucket);
        Assert.Equal(7, trend.Count);
        // 1 Nov: s6 only (00:30 local) → NPS 8 is passive: 100 × 0 / 1 = 0; CSAT 5 → 100.
        Assert.Equal(new TrendPoint(new DateOnly(2026, 11, 1), 1, 0m, 100m), trend[0]);
        // 2 Nov: s1, s2 → NPS 10, 9 → 100; CSAT 5, 4 → 100.
        Assert.Equal(new TrendPoint(new DateOnly(2026, 11, 2), 2, 100m, 100m), trend[1]);
        // 3 Nov: s3, s4 → NPS 3, 7 → 100 × (0 − 1) / 2 = −50; CSAT 2, 3 → 0.
        Assert.Equal(new TrendPoint(new DateOnly(2026, 11, 3), 2, -50m, 0m), trend[2]);
        // 4 Nov: s5 → no NPS; CSAT 1 → 0. 5 Nov: s8 has no score; 6–7 Nov: nothing.
        Assert.Equal(new TrendPoint(new DateOnly(2026, 11, 4), 1, null, 0m), trend[3]);
        Assert.All(trend.Skip(4), p => Assert.Equal((0, (decimal?)null, (decimal?)null), (p.Responses, p.Nps, p.CsatPercent)));
    }

    [Fact]
    public void ResponseRates_SurveysAndInvitations()
    {
        var rate = Build(Week).ResponseRate;

        // Completed: s1, s2, s3, s4, s6 of 7 started → 100 × 5 / 7 = 71.428… → 71.4.
        Assert.Equal((7, 5, 71.4m), (rate.Started, rate.Completed, rate.CompletionPercent));
        // First invitations in range i1, i2, i4 (i3 is a reminder, i5 outside); answered i1, i4 → 100 × 2 / 3 = 66.7.
        Assert.Equal((3, 2, 66.7m, 1), (rate.InvitationsSent, rate.InvitationsAnswered, rate.InvitationPercent, rate.RemindersSent));

        // Without invitation data the invitation figures are empty, not zero.
        var none = InsightsCalculator.Build(Week, Surveys, Escalations, [], Now).ResponseRate;
        Assert.Equal(((int?)null, (int?)null, (decimal?)null, (int?)null), (none.InvitationsSent, none.InvitationsAnswered, none.InvitationPercent, none.RemindersSent));
    }

    [Fact]
    public void BySegment_ChannelAndLanguage()
    {
        var report = Build(Week);

        // webchat: s1, s2, s4, s5, s6 → NPS 10, 9, 7, 8 → 100 × 2 / 4 = 50; CSAT 5, 4, 3, 1, 5 → 100 × 3 / 5 = 60.
        // msteams: s3 → NPS 3 → −100; CSAT 2 → 0.
        Assert.Equal([new SegmentScores("webchat", 5, 50m, 60m), new SegmentScores("msteams", 1, -100m, 0m)], report.ByChannel);
        // Spanish: s1, s3, s4, s6 → NPS 10, 3, 7, 8 → 100 × (1 − 1) / 4 = 0; CSAT 5, 2, 3, 5 → 50.
        // English: s2, s5 → NPS 9 → 100; CSAT 4, 1 → 50.
        Assert.Equal([new SegmentScores("Spanish", 4, 0m, 50m), new SegmentScores("English", 2, 100m, 50m)], report.ByLanguage);
    }

    [Fact]
    public void Escalations_ByReason_AndTimeToClaimAgainstTheSla()
    {
        var report = Build(Week);

        // e1–e5 in range (e6 is 01:00 on the 8th in Madrid).
        Assert.Equal(5, report.Escalations);
        // DetractorNps: e1, e2, e3 = 3; LowCsat: e1, e5 = 2; NegativeComment: e4; ChurnIntent: e3 (ties in enum order).
        Assert.Equal(
            [new ReasonCount(EscalationReason.DetractorNps, 3), new ReasonCount(EscalationReason.LowCsat, 2),
             new ReasonCount(EscalationReason.NegativeComment, 1), new ReasonCount(EscalationReason.ChurnIntent, 1)],
            report.EscalationsByReason);

        // All: claimed after 10, 40, 5, 20 min → sorted 5, 10, 20, 40: median (10 + 20) / 2 = 15; p90 = ⌈0.9 × 4⌉ = 4th = 40.
        // SLA allowances 30, 30, 15, 60, 60 → median 30. Within SLA: e1 (10 ≤ 30), e3 (5 ≤ 15), e4 (20 ≤ 60) → 3 / 4 = 75.
        // e5 is still waiting past its due time (10:00Z on the 5th < now) → 1 unclaimed past SLA.
        Assert.Equal(new ClaimTimeRow("All", 4, 15m, 40m, 30m, 75m, 1), report.TimeToClaim[0]);
        // Per priority, most urgent first. Urgent: e3 (5 min of 15). High: e1, e2 → 10, 40: median 25, p90 = ⌈1.8⌉ = 2nd = 40,
        // within 1 / 2 = 50. Normal: e4 20 of 60, e5 unclaimed.
        Assert.Equal(
            [new ClaimTimeRow("Urgent", 1, 5m, 5m, 15m, 100m, 0), new ClaimTimeRow("High", 2, 25m, 40m, 30m, 50m, 0),
             new ClaimTimeRow("Normal", 1, 20m, 20m, 60m, 100m, 1)],
            report.TimeToClaim.Skip(1));
    }

    [Fact]
    public void Retention_SavedRate_AndWinBackScore()
    {
        var retention = Build(Week).Retention;

        // Resolved: e1 Retained, e2 Lost, e3 Discount, e4 Refund → 4; saved: Retained, Discount → 100 × 2 / 4 = 50.
        Assert.Equal((4, 2, 50m), (retention.Resolved, retention.Saved, retention.SavedPercent));
        // Follow-up answers 5 (e1), 2 (e2), 4 (e4) → 11 / 3 = 3.666… → 3.67 from 3 answers.
        Assert.Equal((3.67m, 3), (retention.WinBackScore, retention.WinBackAnswers));
        Assert.Equal(
            [(EscalationOutcome.Retained, 1, true), (EscalationOutcome.Refund, 1, false), (EscalationOutcome.Replacement, 0, true),
             (EscalationOutcome.Discount, 1, true), (EscalationOutcome.Lost, 1, false), (EscalationOutcome.NoResponse, 0, false)],
            retention.Outcomes.Select(o => (o.Outcome, o.Count, o.Saved)));
    }

    [Fact]
    public void NegativeAspects_CountNegativeRecords_WithNewestCommentsFirst()
    {
        var aspects = Build(Week).NegativeAspects;

        // Negative: s3 (CSAT 2, negative comment), s5 (CSAT 1); s4 (CSAT 3, NPS 7, no negative comment) is not; s7 is outside.
        // Delivery: s3, s5 → 2, comments newest first (s5 on the 4th, s3 on the 3rd); Support: s3 → 1.
        Assert.Equal(2, aspects.Count);
        Assert.Equal((ServiceAspect.Delivery, 2), (aspects[0].Aspect, aspects[0].Count));
        Assert.Equal(["<script>alert(1)</script> late", "La entrega llegó tarde"], aspects[0].Examples);
        Assert.Equal((ServiceAspect.Support, 1, "La entrega llegó tarde"), (aspects[1].Aspect, aspects[1].Count, Assert.Single(aspects[1].Examples)));
    }

    [Fact]
    public void Filters_ChannelAndLanguage_NarrowEveryFigure_ButNotTheChannelList()
    {
        var report = Build(Week with { Channel = "WebChat", Language = Language.English });

        // webchat + English: s2 (CSAT 4, NPS 9, completed), s5 (CSAT 1, in progress).
        // NPS 9 → 100; CSAT 4, 1 → 50; completed 1 of 2 → 50.
        Assert.Equal((2, 100m, 50m), (report.Responses, report.Nps, report.CsatPercent));
        Assert.Equal((2, 1, 50m), (report.ResponseRate.Started, report.ResponseRate.Completed, report.ResponseRate.CompletionPercent));
        // Invitations: i2 (not answered) and its reminder i3 → 0 of 1, 1 reminder.
        Assert.Equal((1, 0, 0m, 1), (report.ResponseRate.InvitationsSent, report.ResponseRate.InvitationsAnswered, report.ResponseRate.InvitationPercent, report.ResponseRate.RemindersSent));
        // Escalations e4 (NegativeComment) and e5 (LowCsat).
        Assert.Equal([new ReasonCount(EscalationReason.LowCsat, 1), new ReasonCount(EscalationReason.NegativeComment, 1)], report.EscalationsByReason);
        Assert.Equal(["msteams", "webchat"], report.Channels);
        Assert.Equal(["English"], report.ByLanguage.Select(s => s.Key));
    }

    [Fact]
    public void NoData_GivesEmptyFigures_NotZeros()
    {
        var report = InsightsCalculator.Build(Week, [], [], [], Now);

        Assert.Equal((0, (decimal?)null, (decimal?)null), (report.Responses, report.Nps, report.CsatPercent));
        Assert.Equal(7, report.Trend.Count);
        Assert.All(report.Trend, p => Assert.Null(p.Nps));
        Assert.Null(report.ResponseRate.CompletionPercent);
        Assert.Null(report.ResponseRate.InvitationsSent);
        Assert.Equal(new ClaimTimeRow("All", 0, null, null, null, null, 0), Assert.Single(report.TimeToClaim));
        Assert.Equal((0, (decimal?)null, (decimal?)null, 0), (report.Retention.Resolved, report.Retention.SavedPercent, report.Retention.WinBackScore, report.Retention.WinBackAnswers));
        Assert.Empty(report.EscalationsByReason);
        Assert.Empty(report.NegativeAspects);
        Assert.Empty(report.Channels);
    }

    [Fact]
    public void LongRanges_AreWeekly_InLocalWeeks()
    {
        // 1 Nov – 31 Dec: 61 days → still daily; 1 Oct – 31 Dec: 92 days → weekly from the week of Mon 29 Sep.
        Assert.Equal(BucketSize.Day, Build(Week with { To = new DateOnly(2026, 12, 31) }).Bucket);
        var quarter = Build(Week with { From = new DateOnly(2026, 10, 1), To = new DateOnly(2026, 12, 31) });
        Assert.Equal(BucketSize.Week, quarter.Bucket);
        Assert.Equal(new DateOnly(2026, 9, 28), quarter.Trend[0].Start);
        // Week of Mon 26 Oct holds s6 (Sun 1 Nov 00:30 local): NPS 8 → 0, CSAT 5 → 100.
        Assert.Equal(new TrendPoint(new DateOnly(2026, 10, 26), 1, 0m, 100m), quarter.Trend.Single(p => p.Start == new DateOnly(2026, 10, 26)));
        // Week of Mon 2 Nov: s1–s5 and s7 (Sun 8 Nov 00:10 local), s8 without scores → 6 responses.
        // NPS 10, 9, 3, 7, 0 → 100 × (2 − 2) / 5 = 0; CSAT 5, 4, 2, 3, 1, 1 → 100 × 2 / 6 = 33.3.
        Assert.Equal(new TrendPoint(new DateOnly(2026, 11, 2), 6, 0m, 33.3m), quarter.Trend.Single(p => p.Start == new DateOnly(2026, 11, 2)));
    }
}
