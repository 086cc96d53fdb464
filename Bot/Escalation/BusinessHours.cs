namespace SupportBot.Bot.Escalation;

/// <summary>Answers "is the team working now?" and "when does it open next?" in the team's time zone.</summary>
public sealed class BusinessHours(BusinessHoursOptions options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById((options ?? throw new ArgumentNullException(nameof(options))).TimeZone);

    /// <summary>The team's time zone id.</summary>
    public string TimeZoneName => options.TimeZone;

    /// <summary>Whether the team works at <paramref name="now"/>.</summary>
    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        if (!options.OpenDays.Contains(local.DayOfWeek))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local.DateTime);
        return options.Opens == options.Closes || (time >= options.Opens && time < options.Closes);
    }

    /// <summary>The next opening after <paramref name="now"/>, in the team's local time; null if it never opens.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        for (var day = 0; day <= 7; day++)
        {
            var date = DateOnly.FromDateTime(local.DateTime).AddDays(day);
            if (!options.OpenDays.Contains(date.DayOfWeek))
            {
                continue;
            }

            var opening = date.ToDateTime(options.Opens);
            if (opening > local.DateTime)
            {
                return new DateTimeOffset(opening, _zone.GetUtcOffset(opening));
            }
        }

        return null;
    }
}
