using SupportBot.Bot.Invitations;

namespace SupportBot.Bot.Tests.Invitations;

/// <summary>Quiet hours (21:00–09:00 by default) in the customer's own time zone, including a span that does not cross
/// midnight and a daylight-saving gap.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly TwentyOne = new(21, 0);

    [Theory]
    // 23:30 in Madrid (UTC+1 in December): held until 09:00 Madrid the next day = 08:00 UTC.
    [InlineData("Europe/Madrid", "2026-12-08T22:30:00Z", "2026-12-09T08:00:00Z")]
    // 06:00 in Madrid: held until 09:00 the same day.
    [InlineData("Europe/Madrid", "2026-12-08T05:00:00Z", "2026-12-08T08:00:00Z")]
    // 11:00 in Madrid: sent now.
    [InlineData("Europe/Madrid", "2026-12-08T10:00:00Z", "2026-12-08T10:00:00Z")]
    // The same instant is 05:00 in New York (UTC-5): held until 09:00 New York = 14:00 UTC.
    [InlineData("America/New_York", "2026-12-08T10:00:00Z", "2026-12-08T14:00:00Z")]
    // ...and 19:00 in Tokyo (UTC+9): sent now; two hours later it is 21:00 there: held until 09:00 = 00:00 UTC.
    [InlineData("Asia/Tokyo", "2026-12-08T10:00:00Z", "2026-12-08T10:00:00Z")]
    [InlineData("Asia/Tokyo", "2026-12-08T12:00:00Z", "2026-12-09T00:00:00Z")]
    // Summer in Madrid (UTC+2): 22:00 local → 09:00 local = 07:00 UTC.
    [InlineData("Europe/Madrid", "2026-07-01T20:00:00Z", "2026-07-02T07:00:00Z")]
    public void OutsideQuietHours_SendsNow_InsideThem_WaitsForTheirEnd(string zone, string now, string expected)
    {
        var allowed = QuietHours.NextAllowed(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone), TwentyOne, Nine);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), allowed);
    }

    [Fact]
    public void ADaytimeSpan_AndAnEndInADaylightSavingGap_AreHandled()
    {
        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
        // Quiet 13:00–15:00 (a siesta): 14:00 local (13:00 UTC in winter) waits until 15:00 local.
        Assert.Equal(
            new DateTimeOffset(2026, 12, 8, 14, 0, 0, TimeSpan.Zero),
            QuietHours.NextAllowed(new DateTimeOffset(2026, 12, 8, 13, 0, 0, TimeSpan.Zero), madrid, new TimeOnly(13, 0), new TimeOnly(15, 0)));
        // On 29 March 2026 Madrid's clocks jump from 02:00 to 03:00: quiet hours ending at 02:30 end at 03:00 local (01:00 UTC).
        Assert.Equal(
            new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero),
            QuietHours.NextAllowed(new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero), madrid, new TimeOnly(23, 0), new TimeOnly(2, 30)));
        // Equal start and end: no quiet hours.
        var now = new DateTimeOffset(2026, 12, 8, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(now, QuietHours.NextAllowed(now, madrid, Nine, Nine));
    }
}
