namespace SupportBot.Bot.Invitations;

/// <summary>Quiet hours in the customer's time zone: nothing is sent from <c>start</c> to <c>end</c> local time (a span
/// may cross midnight, e.g. 21:00–09:00).</summary>
public static class QuietHours
{
    /// <summary><paramref name="now"/> when it is outside the quiet hours in <paramref name="zone"/>; otherwise the
    /// instant they end (skipping a daylight-saving gap).</summary>
    public static DateTimeOffset NextAllowed(DateTimeOffset now, TimeZoneInfo zone, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (start == end)
        {
            return now;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var overnight = start > end;
        var quiet = overnight ? time >= start || time < end : time >= start && time < end;
        if (!quiet)
        {
            return now;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        if (overnight && time >= start)
        {
            day = day.AddDays(1);
        }

        var endLocal = day.ToDateTime(end, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(endLocal))
        {
            endLocal = endLocal.AddMinutes(15);
        }

        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
    }
}
