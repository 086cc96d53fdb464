using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>Two instances behind a load balancer sharing one Redis: a conversation created on one is served by the
/// other, and a stream open on instance A receives the reply the bot produced on instance B.</summary>
[Collection(RedisCollection.Name)]
public sealed class DirectLineOverRedisTests(RedisServerFixture redis)
{
    private Dictionary<string, string?> Shared(string prefix) => new()
    {
        ["State:Provider"] = "Redis",
        ["State:KeyPrefix"] = prefix,
        ["Surveys:Store"] = "Redis",
        ["Escalation:Store"] = "Redis",
        ["Redis:ConnectionString"] = redis.ConnectionString,
        ["DirectLine:Secret"] = "redis-secret-0123456789abcdefghijklmnopqrstuvwxyz",
        ["DirectLine:KeepAliveInterval"] = "00:00:30",
    };

    [Fact]
    public async Task AStreamOnInstanceA_SeesTheReplyToAPostOnInstanceB()
    {
        var t = Texts.Spanish;
        var settings = Shared($"dl-{Guid.NewGuid():N}:");
        await using var a = await BotHost.StartAsync(settings);
        await using var b = await BotHost.StartAsync(settings);
        using var onA = new DirectLineClient(a);
        await onA.ConnectAsync();
        await using var stream = await onA.OpenStreamAsync();
        await stream.WaitForAsync(x => DirectLineClient.IsBotMessage(x, t.Welcome("SupportBot")), "greeting (produced on A)");

        using var onB = new DirectLineClient(b) { Token = onA.Token, ConversationId = onA.ConversationId, UserId = onA.UserId };
        await onB.PollUntilAsync(x => DirectLineClient.IsBotMessage(x, t.Welcome("SupportBot")), "greeting read on B");
        var (clientActivityId, id) = await onB.SayAsync(t.MenuSurvey);

        // The keep-alive is 30 s, so only Redis pub/sub can bring these within the wait.
        await stream.WaitForAsync(x => (string?)x["channelData"]?["clientActivityID"] == clientActivityId, "echo of B's post on A's stream", seconds: 10);
        var reply = await stream.WaitForAsync(x => DirectLineClient.IsBotMessage(x, t.SurveyAskCsat), "B's reply on A's stream", seconds: 10);
        Assert.Equal(id, (string?)reply["replyToId"]);

        // The conversation state is shared too: the answer on A continues the survey B started.
        var (_, second) = await onA.SayAsync("4");
        await stream.WaitForAsync(x => (string?)x["replyToId"] == second && DirectLineClient.IsBotMessage(x, t.SurveyAskNps), "the next survey question");
    }

    [Fact]
    public async Task TokensFromOneInstance_AreAcceptedByTheOther_OnlyWithTheSameSecret()
    {
        var settings = Shared($"dl-{Guid.NewGuid():N}:");
        await using var a = await BotHost.StartAsync(settings);
        var otherSecret = new Dictionary<string, string?>(settings) { ["DirectLine:Secret"] = "another-secret-0123456789abcdefghijklmnopqrstuv" };
        await using var c = await BotHost.StartAsync(otherSecret);
        using var onA = new DirectLineClient(a);
        await onA.ConnectAsync();

        using var onC = new DirectLineClient(c) { Token = onA.Token, ConversationId = onA.ConversationId };
        using var refused = await onC.SendAsync(HttpMethod.Get, $"conversations/{onA.ConversationId}/activities");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
