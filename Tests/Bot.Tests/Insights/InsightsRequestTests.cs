using SupportBot.Bot.Insights;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Insights;

/// <summary>The query of <c>/api/insights</c>: defaults, the 400-day cap and everything refused (as a message, never an exception).</summary>
public sealed class InsightsRequestTests
{
    // 23:30Z on 30 Nov is already 1 December in Madrid.
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);

    private static (InsightsFilter? Filter, string? Error) Parse(
        string? from = null, string? to = null, string? channel = null, string? language = null, string? tz = null)
    {
        var ok = InsightsRequest.TryParse(from, to, channel, language, tz, InsightsData.Madrid, Now, out var filter, out var error);
        Assert.Equal(ok, filter is not null);
        Assert.Equal(ok, error is null);
        return (filter, error);
    }

    [Fact]
    public void Defaults_AreTheLast30LocalDays_InTheTeamsZone()
    {
        var (filter, _) = Parse();
        // Today in Madrid is 1 Dec: 30 days back inclusive starts on 2 Nov (1 Dec − 29 days).
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 1), "Europe/Madrid"), (filter!.From, filter.To, filter.Zone.Id));
        Assert.Equal((null, (Language?)null), (filter.Channel, filter.Language));
        // In UTC today is still 30 Nov.
        Assert.Equal(new DateOnly(2026, 11, 30), Parse(tz: "UTC").Filter!.To);
    }

    [Fact]
    public void GivenValues_AreRead()
    {
        var (filter, _) = Parse("2026-01-01", "2026-01-31", " msteams ", "en", "America/New_York");
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "msteams", Language.English, "America/New_York"),
            (filter!.From, filter.To, filter.Channel, filter.Language, filter.Zone.Id));
        Assert.Equal(Language.Spanish, Parse(language: "Spanish").Filter!.Language);
        Assert.Equal(Language.Spanish, Parse(language: "ES").Filter!.Language);
        // 1 Jan 00:00 in New York (UTC−5) is 05:00Z; the range ends at 1 Feb 05:00Z.
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 5, 0, 0, TimeSpan.Zero), filter.StartInclusive);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 5, 0, 0, TimeSpan.Zero), filter.EndExclusive);
    }

    [Fact]
    public void TheRange_IsCappedAt400Days()
    {
        // 2025-01-01 .. 2026-02-04 is 365 + 35 = 400 days: allowed; one more day is not.
        Assert.Equal(400, Parse("2025-01-01", "2026-02-04").Filter!.Days);
        Assert.Contains("400 days", Parse("2025-01-01", "2026-02-05").Error, StringComparison.Ordinal);
        Assert.Equal(1, Parse("2026-03-03", "2026-03-03").Filter!.Days);
    }

    [Theory]
    [InlineData("2026-02-30", null, null, null, null)]
    [InlineData("01/02/2026", null, null, null, null)]
    [InlineData("2026-1-1", null, null, null, null)]
    [InlineData(null, "yesterday", null, null, null)]
    [InlineData("2026-05-02", "2026-05-01", null, null, null)]
    [InlineData("0001-01-01", "0001-01-02", null, null, null)]
    [InlineData("9999-12-30", "9999-12-31", null, null, null)]
    [InlineData(null, null, "<script>", null, null)]
    [InlineData(null, null, "web chat", null, null)]
    [InlineData(null, null, null, "fr", null)]
    [InlineData(null, null, null, null, "Mars/Olympus")]
    [InlineData(null, null, null, null, "../../etc/passwd")]
    public void UnusableValues_AreRefused_WithAReason(string? from, string? to, string? channel, string? language, string? tz)
    {
        var (_, error) = Parse(from, to, channel, language, tz);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void VeryLongValues_AreRefused()
    {
        Assert.NotNull(Parse(channel: new string('a', 65)).Error);
        Assert.NotNull(Parse(tz: new string('a', 500)).Error);
        Assert.NotNull(Parse(from: new string('1', 5000)).Error);
    }
}
