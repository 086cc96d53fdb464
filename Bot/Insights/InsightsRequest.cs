using System.Globalization;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Insights;

/// <summary>Reads the query of <c>GET /api/insights</c> into an <see cref="InsightsFilter"/>, refusing what it cannot
/// honour with a message for a 400 problem (never an exception).</summary>
public static class InsightsRequest
{
    /// <summary>Longest range, in days (both ends counted).</summary>
    public const int MaxDays = 400;

    /// <summary>Days covered when <c>from</c> is not given.</summary>
    public const int DefaultDays = 30;

    /// <summary>Date format of <c>from</c> and <c>to</c>.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    private const int MaxParameterLength = 64;
    private static readonly DateOnly Earliest = new(1970, 1, 1);
    private static readonly DateOnly Latest = new(2999, 12, 31);

    /// <summary>Parses the parameters: <paramref name="from"/>/<paramref name="to"/> as local dates (<c>yyyy-MM-dd</c>;
    /// default the last 30 days up to today), <paramref name="channel"/> (a channel id), <paramref name="language"/>
    /// (<c>Spanish</c>/<c>English</c> or <c>es</c>/<c>en</c>) and <paramref name="timeZone"/> (an IANA id, default
    /// <paramref name="defaultZone"/>). False with <paramref name="error"/> set when any is unusable.</summary>
    public static bool TryParse(
        string? from, string? to, string? channel, string? language, string? timeZone, TimeZoneInfo defaultZone, DateTimeOffset now,
        out InsightsFilter? filter, out string? error)
    {
        ArgumentNullException.ThrowIfNull(defaultZone);
        filter = null;
        error = null;
        var zone = defaultZone;
        if (!string.IsNullOrWhiteSpace(timeZone)
            && (timeZone.Length > MaxParameterLength || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out zone)))
        {
            error = "tz must be a time zone id such as Europe/Madrid.";
            return false;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone!).DateTime);
        if (!TryDate(to, today, out var last) || !TryDate(from, last.AddDays(1 - DefaultDays), out var first))
        {
            error = $"from and to must be dates ({DateFormat}) between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.";
            return false;
        }

        if (first > last)
        {
            error = "from must not be after to.";
            return false;
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            error = $"The range is longer than {MaxDays} days.";
            return false;
        }

        if (!TryChannel(channel, out var channelFilter) || !TryLanguage(language, out var languageFilter))
        {
            error = "channel must be a channel id (letters, digits, '.', '_', ':', '-'); language must be Spanish, English, es or en.";
            return false;
        }

        filter = new InsightsFilter(first, last, zone!, channelFilter, languageFilter);
        return true;
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return date >= Earliest && date <= Latest;
        }

        return text.Length <= MaxParameterLength
            && DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date >= Earliest && date <= Latest;
    }

    private static bool TryChannel(string? text, out string? channel)
    {
        channel = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return channel is null
            || (channel.Length <= MaxParameterLength && channel.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'));
    }

    private static bool TryLanguage(string? text, out Language? language)
    {
        language = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        language = text.Trim().ToUpperInvariant() switch
        {
            "ES" or "SPANISH" => Language.Spanish,
            "EN" or "ENGLISH" => Language.English,
            _ => null,
        };
        return language is not null;
    }
}
