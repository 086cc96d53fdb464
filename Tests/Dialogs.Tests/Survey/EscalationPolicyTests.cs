using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Survey;
using static SupportBot.Dialogs.Tests.Survey.SentimentFixtures;

namespace SupportBot.Dialogs.Tests.Survey;

public sealed class EscalationPolicyTests
{
    // Deliberately not the defaults, and a different threshold per language, so every expectation below can only
    // hold if the policy reads these settings.
    private static readonly EscalationPolicySettings Settings = new()
    {
        DetractorNpsMax = 5,
        LowCsatMax = 2,
        NegativeThresholdSpanish = 0.55,
        NegativeThresholdEnglish = 0.65,
        WorstSentenceThreshold = 0.8,
        HighCsatMin = 4,
        HighNpsMin = 8,
        ClearlyPositiveThreshold = 0.7,
        RepeatedNegativeTurns = 3,
        HighPriorityNegativeThreshold = 0.9,
    };

    private const double JustUnder = 0.01;

    private static readonly EscalationPolicy Policy = new(Settings);

    private static double Threshold(Language language)
        => language == Language.English ? Settings.NegativeThresholdEnglish : Settings.NegativeThresholdSpanish;

    private static EscalationDecision Decide(
        int? csat = null, int? nps = null, SentimentResult? comment = null, bool churn = false, int negativeTurns = 0,
        Language language = Language.Spanish)
        => Policy.Decide(new EscalationSignals(language, csat, nps, comment, churn, negativeTurns));

    private static void AssertDecision(EscalationDecision decision, EscalationPriority priority, params EscalationReason[] reasons)
    {
        Assert.True(decision.Escalate);
        Assert.Equal(reasons.Order(), decision.Reasons.Order());
        Assert.Equal(priority, decision.Priority);
    }

    private static void AssertNoEscalation(EscalationDecision decision)
    {
        Assert.False(decision.Escalate);
        Assert.Empty(decision.Reasons);
    }

    private static void AssertNormalOrNone(EscalationDecision decision, bool escalates, EscalationReason onlyReason)
    {
        if (escalates)
        {
            AssertDecision(decision, EscalationPriority.Normal, onlyReason);
        }
        else
        {
            AssertNoEscalation(decision);
        }
    }

    [Theory]
    [InlineData("csat", -1, true)]
    [InlineData("csat", 0, true)]
    [InlineData("csat", 1, false)]
    [InlineData("nps", -1, true)]
    [InlineData("nps", 0, true)]
    [InlineData("nps", 1, false)]
    public void Score_AtOrUnderItsLowThreshold_Escalates(string score, int offsetFromMax, bool escalates)
    {
        var (decision, reason) = score == "csat"
            ? (Decide(csat: Settings.LowCsatMax + offsetFromMax), EscalationReason.LowCsat)
            : (Decide(nps: Settings.DetractorNpsMax + offsetFromMax), EscalationReason.DetractorNps);

        Assert.Equal(escalates, decision.Escalate);
        Assert.Equal(escalates, decision.Reasons.Contains(reason));
    }

    [Fact]
    public void Nps_LowerHalfOfDetractorRangeIsHigh_UpperHalfNormal()
    {
        var half = Settings.DetractorNpsMax / 2;

        AssertDecision(Decide(nps: 0), EscalationPriority.High, EscalationReason.DetractorNps);
        AssertDecision(Decide(nps: half), EscalationPriority.High, EscalationReason.DetractorNps);
        AssertDecision(Decide(nps: half + 1), EscalationPriority.Normal, EscalationReason.DetractorNps);
        AssertDecision(Decide(nps: Settings.DetractorNpsMax), EscalationPriority.Normal, EscalationReason.DetractorNps);
    }

    [Fact]
    public void Csat_OneStarIsHigh_OtherLowScoresNormal()
    {
        AssertDecision(Decide(csat: 1), EscalationPriority.High, EscalationReason.LowCsat);
        AssertDecision(Decide(csat: Settings.LowCsatMax), EscalationPriority.Normal, EscalationReason.LowCsat);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData(0, null, true)]
    [InlineData(1, null, false)]
    [InlineData(null, 0, true)]
    [InlineData(null, 1, false)]
    [InlineData(1, 0, true)]
    [InlineData(0, 1, true)]
    [InlineData(1, 1, false)]
    public void IsLowScore_EitherScoreAtOrUnderItsThreshold(int? csatOffset, int? npsOffset, bool low) =>
        Assert.Equal(low, Policy.IsLowScore(Settings.LowCsatMax + csatOffset, Settings.DetractorNpsMax + npsOffset));

    [Theory]
    [InlineData(Language.Spanish, 0, true)]
    [InlineData(Language.Spanish, -JustUnder, false)]
    [InlineData(Language.English, 0, true)]
    [InlineData(Language.English, -JustUnder, false)]
    public void Comment_AtOrOverItsLanguageThreshold_IsNegative(Language language, double offset, bool negative)
    {
        var decision = Decide(comment: Comment(SentimentLabel.Negative, Threshold(language) + offset), language: language);

        AssertNormalOrNone(decision, negative, EscalationReason.NegativeComment);
    }

    [Fact]
    public void Comment_BetweenTheTwoLanguageThresholds_IsNegativeOnlyInTheStricterLanguage()
    {
        var between = (Settings.NegativeThresholdSpanish + Settings.NegativeThresholdEnglish) / 2;
        var comment = Comment(SentimentLabel.Negative, between);

        Assert.True(Decide(comment: comment, language: Language.Spanish).Escalate);
        Assert.False(Decide(comment: comment, language: Language.English).Escalate);
    }

    [Theory]
    [InlineData(SentimentLabel.Negative, true)]
    [InlineData(SentimentLabel.Mixed, true)]
    [InlineData(SentimentLabel.Neutral, false)]
    [InlineData(SentimentLabel.Positive, false)]
    public void Comment_OverThreshold_CountsOnlyWhenLabelledNegativeOrMixed(SentimentLabel label, bool negative) =>
        Assert.Equal(negative, Decide(comment: Comment(label, Settings.NegativeThresholdSpanish)).Escalate);

    [Theory]
    [InlineData(0, true)]
    [InlineData(-JustUnder, false)]
    public void MixedComment_WithOneVeryNegativeSentence_IsNegativeFromTheWorstSentenceThreshold(double offset, bool negative)
    {
        // The document as a whole stays under both language thresholds: only the sentence can make it negative.
        var mixed = Comment(SentimentLabel.Mixed, negative: 0.4, positive: 0.5, sentences:
        [
            Sentence(SentimentLabel.Positive, 0.05),
            Sentence(SentimentLabel.Negative, Settings.WorstSentenceThreshold + offset),
        ]);

        Assert.Equal(negative, Decide(comment: mixed).Reasons.Contains(EscalationReason.NegativeComment));
    }

    [Fact]
    public void Comment_SentenceNotLabelledNegative_IsNotTheWorstSentence()
    {
        var comment = Comment(SentimentLabel.Mixed, negative: 0.4, sentences: [Sentence(SentimentLabel.Neutral, 0.95)]);

        AssertNoEscalation(Decide(comment: comment));
    }

    [Fact]
    public void Comment_ThatCouldNotBeAnalysed_IsIgnored()
    {
        var failed = Comment(SentimentLabel.Negative, 0.99) with { Error = new SentimentError("InvalidDocument", "too long") };

        AssertNoEscalation(Decide(comment: failed));
    }

    [Theory]
    [InlineData(0, EscalationPriority.High)]
    [InlineData(-JustUnder, EscalationPriority.Normal)]
    public void NegativeComment_AtOrOverHighPriorityThreshold_IsHigh(double offset, EscalationPriority priority)
    {
        var comment = Comment(SentimentLabel.Negative, Settings.HighPriorityNegativeThreshold + offset);

        AssertDecision(Decide(comment: comment), priority, EscalationReason.NegativeComment);
    }

    [Fact]
    public void NegativeComment_HighPriorityFromTheWorstSentence_WhenTheDocumentIsMild()
    {
        var comment = Comment(SentimentLabel.Mixed, negative: 0.4, sentences:
            [Sentence(SentimentLabel.Negative, Settings.HighPriorityNegativeThreshold)]);

        AssertDecision(Decide(comment: comment), EscalationPriority.High, EscalationReason.NegativeComment);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(-1, false)]
    public void NegativeTurns_AtOrOverRepeatedThreshold_EscalateAsRepeated(int offset, bool escalates)
    {
        var decision = Decide(negativeTurns: Settings.RepeatedNegativeTurns + offset);

        AssertNormalOrNone(decision, escalates, EscalationReason.RepeatedNegative);
    }

    [Fact]
    public void TwoNormalReasons_StayNormal_ThreeRaiseToHigh()
    {
        var two = Decide(csat: Settings.LowCsatMax, nps: Settings.DetractorNpsMax);
        var three = Decide(csat: Settings.LowCsatMax, nps: Settings.DetractorNpsMax, negativeTurns: Settings.RepeatedNegativeTurns);

        AssertDecision(two, EscalationPriority.Normal, EscalationReason.LowCsat, EscalationReason.DetractorNps);
        AssertDecision(three, EscalationPriority.High,
            EscalationReason.LowCsat, EscalationReason.DetractorNps, EscalationReason.RepeatedNegative);
    }

    [Fact]
    public void ChurnIntent_AloneIsUrgent()
        => AssertDecision(Decide(churn: true), EscalationPriority.Urgent, EscalationReason.ChurnIntent);

    [Fact]
    public void ChurnIntent_WithEveryOtherReason_StaysUrgent()
    {
        var decision = Decide(
            csat: 1, nps: 0, comment: Comment(SentimentLabel.Negative, 0.99), churn: true, negativeTurns: Settings.RepeatedNegativeTurns);

        AssertDecision(decision, EscalationPriority.Urgent, EscalationReason.ChurnIntent, EscalationReason.DetractorNps,
            EscalationReason.LowCsat, EscalationReason.NegativeComment, EscalationReason.RepeatedNegative);
    }

    [Fact]
    public void TopCsatWithVeryNegativeComment_IsEscalatedAsMismatch()
    {
        var decision = Decide(csat: 5, comment: Comment(SentimentLabel.Negative, 0.95));

        AssertDecision(decision, EscalationPriority.High, EscalationReason.NegativeComment, EscalationReason.HighScoreNegativeComment);
    }

    [Theory]
    [InlineData("csat", 0, true)]
    [InlineData("csat", -1, false)]
    [InlineData("nps", 0, true)]
    [InlineData("nps", -1, false)]
    public void Score_AtOrOverItsHighMin_WithNegativeComment_IsMismatch(string score, int offset, bool mismatch)
    {
        var comment = Comment(SentimentLabel.Negative, Settings.NegativeThresholdSpanish);
        var decision = score == "csat"
            ? Decide(csat: Settings.HighCsatMin + offset, comment: comment)
            : Decide(nps: Settings.HighNpsMin + offset, comment: comment);

        Assert.True(decision.Escalate);
        Assert.Equal(mismatch, decision.Reasons.Contains(EscalationReason.HighScoreNegativeComment));
    }

    [Fact]
    public void HighScore_WithCommentUnderThreshold_IsNoMismatch()
        => AssertNoEscalation(Decide(csat: 5, nps: 10, comment: Comment(SentimentLabel.Negative, Settings.NegativeThresholdSpanish - JustUnder)));

    [Theory]
    [InlineData(5, 10)]
    [InlineData(5, null)]
    [InlineData(null, 10)]
    public void Promoter_WithClearlyPositiveComment_IsNotEscalated(int? csat, int? nps)
        => Assert.Same(EscalationDecision.None, Decide(csat: csat, nps: nps, comment: Comment(SentimentLabel.Positive, 0.01, positive: 0.95)));

    [Theory]
    [InlineData(0, true)]
    [InlineData(-JustUnder, false)]
    public void LowScore_WithClearlyPositiveComment_IsFlaggedAndStillEscalated(double offset, bool flagged)
    {
        var decision = Decide(csat: Settings.LowCsatMax, comment: Comment(SentimentLabel.Positive, 0, positive: Settings.ClearlyPositiveThreshold + offset));

        Assert.True(decision.Escalate);
        Assert.Contains(EscalationReason.LowCsat, decision.Reasons);
        Assert.Equal(flagged, decision.Reasons.Contains(EscalationReason.LowScorePositiveComment));
    }

    [Fact]
    public void LowScore_WithNeutralComment_IsNotFlaggedAsPositive()
    {
        var decision = Decide(csat: 1, comment: Comment(SentimentLabel.Neutral, 0, positive: Settings.ClearlyPositiveThreshold));

        Assert.DoesNotContain(EscalationReason.LowScorePositiveComment, decision.Reasons);
    }

    [Fact]
    public void LowScores_WithClearlyPositiveComment_FlagDoesNotRaisePriority()
    {
        // A positive comment hints at a mis-tap; it must not make the case look more urgent than the scores alone.
        var scoresOnly = Decide(csat: Settings.LowCsatMax, nps: Settings.DetractorNpsMax);
        var withPraise = Decide(
            csat: Settings.LowCsatMax, nps: Settings.DetractorNpsMax, comment: Comment(SentimentLabel.Positive, 0, positive: 0.95));

        Assert.Contains(EscalationReason.LowScorePositiveComment, withPraise.Reasons);
        Assert.Equal(scoresOnly.Priority, withPraise.Priority);
    }

    [Fact]
    public void NoSignals_IsNone() => Assert.Same(EscalationDecision.None, Decide());

    [Fact]
    public void NullSignals_Throws() => Assert.Throws<ArgumentNullException>(() => Policy.Decide(null!));

    [Fact]
    public void DefaultSettings_NoScoreIsBothLowAndHigh()
    {
        var defaults = new EscalationPolicySettings();

        Assert.True(defaults.HighCsatMin > defaults.LowCsatMax);
        Assert.True(defaults.HighNpsMin > defaults.DetractorNpsMax);
        Assert.True(defaults.HighPriorityNegativeThreshold >= Math.Max(defaults.NegativeThresholdSpanish, defaults.NegativeThresholdEnglish));
    }

    [Fact]
    public void DefaultSettings_LowScoresAreExactlyTheDetractorSegment()
    {
        var policy = new EscalationPolicy(new EscalationPolicySettings());

        for (var nps = 0; nps <= 10; nps++)
        {
            Assert.Equal(CustomerSegmenter.Segment(null, nps) == CustomerSegment.Detractor, policy.IsLowScore(null, nps));
        }

        for (var csat = 1; csat <= 5; csat++)
        {
            Assert.Equal(CustomerSegmenter.Segment(csat, null) == CustomerSegment.Detractor, policy.IsLowScore(csat, null));
        }
    }
}
