using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Tests.Survey;

public sealed class SurveyEligibilityTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);

    // Not the defaults, so the windows below can only line up if the decision reads them.
    private static readonly SurveySettings Settings = new() { ResumeWindow = TimeSpan.FromDays(3), Throttle = TimeSpan.FromDays(14) };

    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private static SurveyRecord InProgress(string? orderId, TimeSpan updatedAgo) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        OrderId = orderId,
        Status = SurveyStatus.InProgress,
        StartedAt = Now - updatedAgo,
        UpdatedAt = Now - updatedAgo,
    };

    private static SurveyRecord Completed(string? orderId, TimeSpan completedAgo)
    {
        var record = InProgress(orderId, completedAgo);
        record.Status = SurveyStatus.Completed;
        record.CompletedAt = record.UpdatedAt;
        return record;
    }

    private static SurveyEligibility Decide(string? orderId, params SurveyRecord[] history)
        => SurveyEligibility.Decide(history, optedOut: false, orderId, Now, Settings);

    [Fact]
    public void NoHistory_StartsNew()
    {
        var decision = Decide("10234");

        Assert.Equal(SurveyEligibilityKind.New, decision.Kind);
        Assert.Null(decision.Record);
        Assert.Empty(decision.Expired);
    }

    [Fact]
    public void OptedOut_WinsOverEverything_AndStillReportsExpired()
    {
        var stale = InProgress("1", Settings.ResumeWindow + TimeSpan.FromHours(1));
        var history = new[] { stale, InProgress("10234", TimeSpan.FromHours(1)), Completed("10234", TimeSpan.FromDays(1)) };

        var decision = SurveyEligibility.Decide(history, optedOut: true, "10234", Now, Settings);

        Assert.Equal(SurveyEligibilityKind.OptedOut, decision.Kind);
        Assert.Null(decision.Record);
        Assert.Equal([stale], decision.Expired);
    }

    [Fact]
    public void SameOrderAnsweredLongAgo_IsAlreadyAnswered_OncePerOrderForever()
    {
        var answered = Completed("10234", Settings.Throttle * 10);

        var decision = Decide("10234", answered);

        Assert.Equal(SurveyEligibilityKind.AlreadyAnswered, decision.Kind);
        Assert.Same(answered, decision.Record);
    }

    [Theory]
    [InlineData("10235")]
    [InlineData(null)]
    public void OtherOrderAnsweredOutsideThrottle_StartsNew(string? orderId)
        => Assert.Equal(SurveyEligibilityKind.New, Decide(orderId, Completed("10234", Settings.Throttle * 2)).Kind);

    [Fact]
    public void SameOrderAnswered_WinsOverAnUnfinishedSurvey()
    {
        var answered = Completed("10234", TimeSpan.FromDays(1));

        var decision = Decide("10234", InProgress(null, TimeSpan.FromHours(1)), answered);

        Assert.Equal(SurveyEligibilityKind.AlreadyAnswered, decision.Kind);
        Assert.Same(answered, decision.Record);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, true)]
    [InlineData(1, false)]
    public void Unfinished_ResumesUpToTheResumeWindow_ThenExpires(int ticksPastWindow, bool resumes)
    {
        var unfinished = InProgress("10234", Settings.ResumeWindow + (Tick * ticksPastWindow));

        var decision = Decide("10234", unfinished);

        Assert.Equal(resumes ? SurveyEligibilityKind.Resume : SurveyEligibilityKind.New, decision.Kind);
        Assert.Equal(resumes ? unfinished : null, decision.Record);
        Assert.Equal(resumes ? [] : [unfinished], decision.Expired);
    }

    [Theory]
    [InlineData("10234", "10234", true)]
    [InlineData("10234", null, true)]
    [InlineData(null, "10234", true)]
    [InlineData(null, null, true)]
    [InlineData("10234", "10235", false)]
    public void Unfinished_ResumesOnlyForTheSameOrderOrWhenEitherIsUnknown(string? asked, string? recorded, bool resumes)
        => Assert.Equal(
            resumes ? SurveyEligibilityKind.Resume : SurveyEligibilityKind.New,
            Decide(asked, InProgress(recorded, TimeSpan.FromHours(1))).Kind);

    [Fact]
    public void SeveralUnfinished_ResumesTheMostRecentlyUpdated()
    {
        var older = InProgress(null, TimeSpan.FromDays(2));
        var newer = InProgress(null, TimeSpan.FromHours(2));

        Assert.Same(newer, Decide(null, older, newer).Record);
    }

    [Fact]
    public void Unfinished_WinsOverTheThrottle()
    {
        var unfinished = InProgress("10234", TimeSpan.FromHours(1));

        var decision = Decide("10234", Completed("999", TimeSpan.FromDays(1)), unfinished);

        Assert.Equal(SurveyEligibilityKind.Resume, decision.Kind);
        Assert.Same(unfinished, decision.Record);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void AnotherSurveyCompleted_ThrottlesUntilTheThrottleHasPassed(int ticksPastThrottle, bool throttled)
    {
        var recent = Completed("999", Settings.Throttle + (Tick * ticksPastThrottle));

        var decision = Decide("10234", recent);

        Assert.Equal(throttled ? SurveyEligibilityKind.Throttled : SurveyEligibilityKind.New, decision.Kind);
        Assert.Equal(throttled ? recent : null, decision.Record);
    }

    [Fact]
    public void Throttled_NamesTheMostRecentlyCompleted()
    {
        var older = Completed("1", TimeSpan.FromDays(5));
        var newer = Completed("2", TimeSpan.FromDays(1));

        var decision = Decide(null, older, newer);

        Assert.Equal(SurveyEligibilityKind.Throttled, decision.Kind);
        Assert.Same(newer, decision.Record);
    }

    [Theory]
    [InlineData(SurveyStatus.Abandoned)]
    [InlineData(SurveyStatus.Expired)]
    public void AbandonedOrExpired_IsNeitherResumedNorThrottlingNorExpiredAgain(SurveyStatus status)
    {
        var old = InProgress("10234", Settings.ResumeWindow * 2);
        old.Status = status;
        old.CompletedAt = Now - TimeSpan.FromDays(1);

        var decision = Decide("10234", old);

        Assert.Equal(SurveyEligibilityKind.New, decision.Kind);
        Assert.Empty(decision.Expired);
    }
}
