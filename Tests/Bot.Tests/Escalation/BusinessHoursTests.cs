using System.ComponentModel.DataAnnotations;
using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Tests.Escalation;

public sealed class BusinessHoursTests
{
    private static readonly BusinessHours Madrid = new(new BusinessHoursOptions());

    [Theory]
    [InlineData("2026-12-02T07:59:59Z", false)] // Wednesday 08:59:59 in Madrid (UTC+1)
    [InlineData("2026-12-02T08:00:00Z", true)]
    [InlineData("2026-12-02T16:59:59Z", true)]
    [InlineData("2026-12-02T17:00:00Z", false)] // 18:00 closes
    [InlineData("2026-12-05T10:00:00Z", false)] // Saturday
    [InlineData("2026-07-01T07:30:00Z", true)] // summer time: 09:30 in Madrid (UTC+2)
    public void IsOpen_InTheTeamsTimeZone(string utc, bool open)
        => Assert.Equal(open, Madrid.IsOpen(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-12-05T10:00:00Z", "2026-12-07T09:00:00+01:00")] // Saturday → Monday
    [InlineData("2026-12-02T18:00:00Z", "2026-12-03T09:00:00+01:00")] // Wednesday evening → Thursday
    [InlineData("2026-12-02T06:00:00Z", "2026-12-02T09:00:00+01:00")] // Wednesday early → same day
    [InlineData("2026-03-27T18:00:00Z", "2026-03-30T09:00:00+02:00")] // Friday before the clocks go forward
    public void NextOpening_IsTheNextWorkingDaysOpening_WithItsOffset(string utc, string expected)
    {
        var next = Madrid.NextOpening(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        var wanted = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(wanted, next);
        Assert.Equal(wanted.Offset, next!.Value.Offset);
    }

    [Fact]
    public void OpensEqualToCloses_IsAllDay_OnTheListedDays()
    {
        var hours = new BusinessHours(new BusinessHoursOptions { Days = "sat, Sunday", Opens = TimeOnly.MinValue, Closes = TimeOnly.MinValue });

        Assert.True(hours.IsOpen(new DateTimeOffset(2026, 12, 5, 23, 30, 0, TimeSpan.Zero)));
        Assert.False(hours.IsOpen(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("Mars/Olympus", "Mon", "09:00", "18:00", "TimeZone")]
    [InlineData("Europe/Madrid", "Mon,Funday", "09:00", "18:00", "Funday")]
    [InlineData("Europe/Madrid", "Mon", "18:00", "09:00", "Closes")]
    public void BadSettings_AreReportedClearly(string zone, string days, string opens, string closes, string mentioned)
    {
        var options = new BusinessHoursOptions
        {
            TimeZone = zone,
            Days = days,
            Opens = TimeOnly.Parse(opens, System.Globalization.CultureInfo.InvariantCulture),
            Closes = TimeOnly.Parse(closes, System.Globalization.CultureInfo.InvariantCulture),
        };

        var errors = options.Validate(new ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.Contains(mentioned, StringComparison.Ordinal));
    }
}
