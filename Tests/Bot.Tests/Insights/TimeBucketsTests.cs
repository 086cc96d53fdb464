using SupportBot.Bot.Insights;

namespace SupportBot.Bot.Tests.Insights;

/// <summary>Days and weeks are the local ones of the report's time zone.</summary>
public sealed class TimeBucketsTests
{
    private static readonly TimeZoneInfo Madrid = InsightsData.Madrid;

    [Fact]
    public void AnInstant_FallsInItsLocalDay()
    {
        // Madrid is UTC+1 in November: 23:30Z on the 1st is 00:30 on the 2nd there, 22:59Z is still 23:59 on the 1st.
        Assert.Equal(new DateOnly(2026, 11, 2), TimeBuckets.BucketOf(new DateTimeOffset(2026, 11, 1, 23, 30, 0, TimeSpan.Zero), Madrid, BucketSize.Day));
        Assert.Equal(new DateOnly(2026, 11, 1), TimeBuckets.BucketOf(new DateTimeOffset(2026, 11, 1, 22, 59, 0, TimeSpan.Zero), Madrid, BucketSize.Day));
        // In July (UTC+2) the boundary is 22:00Z.
        Assert.Equal(new DateOnly(2026, 7, 2), TimeBuckets.BucketOf(new DateTimeOffset(2026, 7, 1, 22, 0, 0, TimeSpan.Zero), Madrid, BucketSize.Day));
        Assert.Equal(new DateOnly(2026, 11, 1), TimeBuckets.BucketOf(new DateTimeOffset(2026, 11, 1, 23, 30, 0, TimeSpan.Zero), TimeZoneInfo.Utc, BucketSize.Day));
    }

    [Fact]
    public void Weeks_StartOnMonday_Locally()
    {
        // 2026-11-01 is a Sunday: its week starts on Monday 2026-10-26; Monday the 2nd starts its own.
        Assert.Equal(new DateOnly(2026, 10, 26), TimeBuckets.StartOf(new DateOnly(2026, 11, 1), BucketSize.Week));
        Assert.Equal(new DateOnly(2026, 11, 2), TimeBuckets.StartOf(new DateOnly(2026, 11, 2), BucketSize.Week));
        // Sunday 23:30Z is already Monday 00:30 in Madrid: next week.
        Assert.Equal(new DateOnly(2026, 11, 2), TimeBuckets.BucketOf(new DateTimeOffset(2026, 11, 1, 23, 30, 0, TimeSpan.Zero), Madrid, BucketSize.Week));
    }

    [Fact]
    public void Choose_DaysUpToSixtyTwo_WeeksBeyond()
    {
        Assert.Equal(BucketSize.Day, TimeBuckets.Choose(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 3)));   // 31 + 28 + 3 = 62 days
        Assert.Equal(BucketSize.Week, TimeBuckets.Choose(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 4)));  // 63 days
    }

    [Fact]
    public void Between_ListsEveryBucket_OfTheRange()
    {
        Assert.Equal(
            [new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3)],
            TimeBuckets.Between(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3), BucketSize.Day));
        // Sun 1 Nov – Sun 15 Nov: weeks of 26 Oct, 2 Nov, 9 Nov (the 15th is a Sunday of the week of the 9th).
        Assert.Equal(
            [new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9)],
            TimeBuckets.Between(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 15), BucketSize.Week));
    }

    [Fact]
    public void StartOfDay_IsLocalMidnight_AcrossClockChanges()
    {
        // Madrid: 2026-03-29 starts at 23:00Z on the 28th (UTC+1); the 30th at 22:00Z on the 29th (UTC+2 since 02:00 local).
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), TimeBuckets.StartOfDay(new DateOnly(2026, 3, 29), Madrid));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), TimeBuckets.StartOfDay(new DateOnly(2026, 3, 30), Madrid));
        // Havana skips midnight in spring (00:00 → 01:00 on 2026-03-08): the day starts at 01:00 local = 05:00Z (UTC−4).
        var havana = TimeZoneInfo.FindSystemTimeZoneById("America/Havana");
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero), TimeBuckets.StartOfDay(new DateOnly(2026, 3, 8), havana));
    }
}
