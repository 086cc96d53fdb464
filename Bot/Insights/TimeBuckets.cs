namespace SupportBot.Bot.Insights;

/// <summary>Calendar buckets in a time zone: which bucket an instant falls in, and every bucket of a date range.</summary>
public static class TimeBuckets
{
    /// <summary>Longest range still shown day by day; longer ranges are shown week by week.</summary>
    public const int MaxDailyDays = 62;

    /// <summary>Days for ranges up to <see cref="MaxDailyDays"/> days (both ends counted), weeks beyond.</summary>
    public static BucketSize Choose(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber + 1 <= MaxDailyDays ? BucketSize.Day : BucketSize.Week;

    /// <summary>The first local day of the bucket <paramref name="at"/> falls in, in <paramref name="zone"/>.</summary>
    public static DateOnly BucketOf(DateTimeOffset at, TimeZoneInfo zone, BucketSize size)
        => StartOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone ?? throw new ArgumentNullException(nameof(zone))).DateTime), size);

    /// <summary>The first day of the bucket that holds <paramref name="day"/> (weeks start on Monday).</summary>
    public static DateOnly StartOf(DateOnly day, BucketSize size)
        => size == BucketSize.Week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day;

    /// <summary>Every bucket from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>, in order.</summary>
    public static IReadOnlyList<DateOnly> Between(DateOnly from, DateOnly to, BucketSize size)
    {
        var step = size == BucketSize.Week ? 7 : 1;
        var buckets = new List<DateOnly>();
        for (var day = StartOf(from, size); day <= to; day = day.AddDays(step))
        {
            buckets.Add(day);
        }

        return buckets;
    }

    /// <summary>The instant local midnight starts <paramref name="day"/> in <paramref name="zone"/> (where midnight is
    /// skipped by a clock change, the first valid local time after it).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
