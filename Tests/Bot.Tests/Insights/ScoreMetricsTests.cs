using SupportBot.Bot.Insights;

namespace SupportBot.Bot.Tests.Insights;

/// <summary>NPS, CSAT% and distributions against figures computed by hand (the arithmetic is in each comment).</summary>
public sealed class ScoreMetricsTests
{
    [Fact]
    public void Nps_IsPromotersMinusDetractors_PassivesOnlyInTheDenominator()
    {
        // 10, 9, 9 promoters (3); 8, 7 passives (2); 6, 3, 0 detractors (3); n = 8 → 100 × (3 − 3) / 8 = 0.
        Assert.Equal(0m, ScoreMetrics.Nps([10, 9, 9, 8, 7, 6, 3, 0]));
        // 10, 9 promoters (2); 7 passive; 5 detractor (1); n = 4 → 100 × (2 − 1) / 4 = 25.
        Assert.Equal(25m, ScoreMetrics.Nps([10, 9, 7, 5]));
        // 6 is the highest detractor, 9 the lowest promoter: 100 × (1 − 1) / 2 = 0; 7 and 8 alone: 100 × 0 / 2 = 0.
        Assert.Equal(0m, ScoreMetrics.Nps([6, 9]));
        Assert.Equal(0m, ScoreMetrics.Nps([7, 8]));
    }

    [Fact]
    public void Nps_Extremes_AndNoAnswers()
    {
        Assert.Equal(100m, ScoreMetrics.Nps([9, 10, 10]));   // all promoters: 100 × 3 / 3
        Assert.Equal(-100m, ScoreMetrics.Nps([0, 6]));       // all detractors: 100 × (0 − 2) / 2
        Assert.Null(ScoreMetrics.Nps([]));                   // nobody answered: shown as "—", not 0
    }

    [Fact]
    public void Nps_RoundsOnceToOneDecimal_HalvesAwayFromZero()
    {
        // 1 promoter of 3: 100 / 3 = 33.333… → 33.3; 2 of 3: 66.666… → 66.7.
        Assert.Equal(33.3m, ScoreMetrics.Nps([10, 8, 8]));
        Assert.Equal(66.7m, ScoreMetrics.Nps([10, 10, 8]));
        // 1 promoter of 16: 100 / 16 = 6.25 exactly → 6.3 (not the banker's 6.2); 1 detractor of 16 → −6.3.
        Assert.Equal(6.3m, ScoreMetrics.Nps([10, .. Enumerable.Repeat(8, 15)]));
        Assert.Equal(-6.3m, ScoreMetrics.Nps([0, .. Enumerable.Repeat(8, 15)]));
        // Rounded once from the exact value: 2 promoters, 1 detractor of 7 → 100 × 1 / 7 = 14.2857… → 14.3.
        Assert.Equal(14.3m, ScoreMetrics.Nps([10, 9, 0, 8, 8, 8, 8]));
    }

    [Fact]
    public void CsatPercent_IsTheShareOfFoursAndFives()
    {
        // 5, 4, 4 satisfied of 1, 2, 3, 4, 4, 5 → 100 × 3 / 6 = 50.
        Assert.Equal(50m, ScoreMetrics.CsatPercent([1, 2, 3, 4, 4, 5]));
        // 3 is not satisfied: 100 × 0 / 2 = 0.
        Assert.Equal(0m, ScoreMetrics.CsatPercent([3, 3]));
        // 2 of 3: 66.666… → 66.7.
        Assert.Equal(66.7m, ScoreMetrics.CsatPercent([5, 4, 1]));
        Assert.Null(ScoreMetrics.CsatPercent([]));
    }

    [Fact]
    public void Distributions_CountEachScore_IgnoringOutOfRange()
    {
        // CSAT: index 0 = score 1 … index 4 = score 5; 0 and 6 are not CSAT scores.
        Assert.Equal([1, 0, 2, 0, 1], ScoreMetrics.CsatDistribution([1, 3, 3, 5, 0, 6]));
        // NPS: index = score; 11 and −1 are not NPS scores.
        Assert.Equal([1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 1], ScoreMetrics.NpsDistribution([0, 6, 6, 10, 11, -1]));
        Assert.Equal(new int[5], ScoreMetrics.CsatDistribution([]));
    }

    [Fact]
    public void Percent_IsNullWithoutAWhole()
    {
        Assert.Null(Percent.Of(0, 0));
        Assert.Equal(12.5m, Percent.Of(1, 8));   // 100 / 8 = 12.5
        Assert.Equal(0.1m, Percent.Of(1, 999));  // 0.1001… → 0.1
    }
}
