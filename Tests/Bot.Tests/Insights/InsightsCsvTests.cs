using SupportBot.Bot.Insights;
using SupportBot.Dialogs.Abstractions;
using static SupportBot.Bot.Tests.Insights.InsightsData;

namespace SupportBot.Bot.Tests.Insights;

/// <summary>The CSV export: its layout, RFC 4180 quoting and neutralised formulas.</summary>
public sealed class InsightsCsvTests
{
    private static readonly InsightsFilter Day = new(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 2), Madrid, null, null);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("", "")]
    public void TextCells_AreNeutralisedAndQuoted(string value, string cell) => Assert.Equal(cell, InsightsCsv.Text(value));

    [Fact]
    public void Report_IsOneFigurePerRow_NumbersInvariant_CommentsSafe()
    {
        // 2 Nov: NPS 0 and 3 → 100 × (0 − 2) / 2 = −100; CSAT 1 and 2 → 0.
        var report = InsightsCalculator.Build(
            Day,
            [
                Survey(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), 1, 0, comment: "=cmd|' /C calc'!A0, \"bad\"", aspects: [ServiceAspect.Billing]),
                Survey(new DateTimeOffset(2026, 11, 2, 11, 0, 0, TimeSpan.Zero), 2, 3, comment: "-1 star\r\nworst", aspects: [ServiceAspect.Billing]),
            ],
            [],
            [],
            DateTimeOffset.UnixEpoch);

        var csv = InsightsCsv.Write(report);
        var lines = csv.Split("\r\n");

        Assert.Equal(InsightsCsv.Header, lines[0]);
        Assert.Contains("filter,,from,2026-11-02", lines);
        Assert.Contains("filter,,time_zone,Europe/Madrid", lines);
        Assert.Contains("summary,,nps,-100", lines);          // a negative number stays a number
        Assert.Contains("summary,,csat_percent,0", lines);
        Assert.Contains("summary,,responses,2", lines);
        Assert.Contains("response_rate,,invitations_sent,", lines);  // no invitation data: empty cell
        Assert.Contains("csat_distribution,1,count,1", lines);
        Assert.Contains("nps_distribution,3,count,1", lines);
        Assert.Contains("trend_day,2026-11-02,nps,-100", lines);
        Assert.Contains("negative_aspect,Billing,count,2", lines);
        // Newest first: the 11:00 comment (a leading '-' neutralised, its line break kept inside quotes), then the formula.
        Assert.Contains("negative_aspect,Billing,example,\"'-1 star\r\nworst\"", csv, StringComparison.Ordinal);
        Assert.Contains("negative_aspect,Billing,example,\"'=cmd|' /C calc'!A0, \"\"bad\"\"\"\r\n", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }
}
