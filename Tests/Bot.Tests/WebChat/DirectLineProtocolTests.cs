using System.Text.Json;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.WebChat;

/// <summary>The embedded Direct Line driven by the official client, botframework-directlinejs 0.15.8, under Node, over
/// WebSocket and over polling: token, start, the greeting (once), a message with its echo and the bot's reply, and a
/// connection resumed from the watermark that replays nothing and carries on the survey.</summary>
public sealed class DirectLineProtocolTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task OfficialClient_TalksToTheEmbeddedDirectLine(string mode)
    {
        var report = await NodeProtocolScript.RunAsync(_host.BaseAddress, mode);
        var t = Texts.English;
        var userId = report.GetProperty("userId").GetString();

        Assert.True(report.GetProperty("error").ValueKind == JsonValueKind.Null, report.GetProperty("error").ToString());
        Assert.Equal(["online", "greeted", "replied", "resumed", "done"], report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(200, report.GetProperty("token").GetProperty("status").GetInt32());
        Assert.True(report.GetProperty("token").GetProperty("hasToken").GetBoolean());

        var firstSeen = report.GetProperty("firstSeen").EnumerateArray().ToList();
        var welcomes = firstSeen.Count(a => Text(a) is { } text
            && (text.StartsWith(t.Welcome("SupportBot"), StringComparison.Ordinal) || text.StartsWith(Texts.Spanish.Welcome("SupportBot"), StringComparison.Ordinal)));
        Assert.Equal(1, welcomes);

        var echo = report.GetProperty("echo");
        Assert.Equal(report.GetProperty("postedId").GetString(), echo.GetProperty("id").GetString());
        Assert.Equal(userId, echo.GetProperty("from").GetString());
        Assert.Equal("rate my purchase", Text(echo));
        Assert.StartsWith("client-", echo.GetProperty("clientActivityID").GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(echo.GetProperty("timestamp").GetString(), out _));

        var reply = report.GetProperty("reply");
        Assert.Equal(t.SurveyAskCsat, Text(reply));
        Assert.Equal(5, reply.GetProperty("suggestedActions").GetArrayLength());
        Assert.Contains(firstSeen, a => Text(a) == t.SurveyIntro);

        var firstIds = firstSeen.Select(a => a.GetProperty("id").GetString()).ToHashSet();
        var resumed = report.GetProperty("resumedSeen").EnumerateArray().ToList();
        Assert.DoesNotContain(resumed, a => firstIds.Contains(a.GetProperty("id").GetString()));
        Assert.Equal(t.SurveyAskNps, Text(report.GetProperty("resumedReply")));
    }

    private static string? Text(JsonElement activity)
        => activity.TryGetProperty("text", out var text) ? text.GetString() : null;
}
