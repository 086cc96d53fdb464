using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Escalation;

/// <summary>When the retention team works (section "Escalation:BusinessHours"), in its own time zone.</summary>
public sealed class BusinessHoursOptions : IValidatableObject
{
    /// <summary>IANA time zone of the team.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = "Europe/Madrid";

    /// <summary>Working days, comma-separated English names or three-letter abbreviations ("Mon,Tue,Wed,Thu,Fri").</summary>
    public string Days { get; set; } = "Mon,Tue,Wed,Thu,Fri";

    /// <summary>The working days, parsed; unknown names are reported by validation.</summary>
    public IReadOnlySet<DayOfWeek> OpenDays => Days
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(ParseDay)
        .OfType<DayOfWeek>()
        .ToHashSet();

    /// <summary>Opening time (local). Equal to <see cref="Closes"/> means open all day.</summary>
    public TimeOnly Opens { get; set; } = new(9, 0);

    /// <summary>Closing time (local).</summary>
    public TimeOnly Closes { get; set; } = new(18, 0);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Escalation:BusinessHours:TimeZone '{TimeZone}' is not a known time zone (use an IANA id such as Europe/Madrid).", [nameof(TimeZone)]);
        }

        var unknown = Days.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(d => ParseDay(d) is null).ToList();
        if (unknown.Count > 0)
        {
            yield return new ValidationResult($"Escalation:BusinessHours:Days has unknown days: {string.Join(", ", unknown)} (use Mon,Tue,Wed,Thu,Fri,Sat,Sun).", [nameof(Days)]);
        }

        if (Closes < Opens)
        {
            yield return new ValidationResult("Escalation:BusinessHours:Closes must not be before Opens.", [nameof(Closes)]);
        }
    }

    private static DayOfWeek? ParseDay(string name) => Enum.GetValues<DayOfWeek>()
        .Select(d => (DayOfWeek?)d)
        .FirstOrDefault(d => string.Equals(d.ToString(), name, StringComparison.OrdinalIgnoreCase)
            || (name.Length == 3 && d.ToString()!.StartsWith(name, StringComparison.OrdinalIgnoreCase)));
}
