using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Agents;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.ScaleOut;

/// <summary>A Web Chat customer on the embedded Direct Line with two instances and no <c>DirectLine:Secret</c>: the token
/// comes from A, the posts go to B and A in turn, the WebSocket stream stays on A and polling reads on B; an agent
/// console connected to A hears of the escalation the last turn created on B; the claim race has one winner and the
/// winner's messages reach the stream whichever instance sends them.</summary>
[Collection(RedisCollection.Name)]
public sealed class DirectLineAcrossInstancesTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero valorar mi pedido 10234", "Fatal. Estoy muy enfadado y decepcionado, me doy de baja.", "entrega")]
    [InlineData("en-US", Language.English, "I want to rate my order #10234", "Terrible. I am very angry and disappointed, I want to cancel my account.", "delivery")]
    public async Task TokenFromA_PostsOnBothInstances_StreamOnA_ConsoleOnAHearsTheEscalation(
        string locale, Language language, string start, string comment, string aspect)
    {
        var t = Texts.For(language);
        var userId = "dl_scaleout" + Guid.NewGuid().ToString("N")[..8];
        await using var bots = await TwoInstances.StartAsync(redis, "webchat:" + userId);
        await using var anaOnA = await AgentHubClient.ConnectAsync(bots.A, EscalationScenario.AnaToken);
        using var onA = new DirectLineClient(bots.A);
        await onA.ConnectAsync("{\"user\":{\"id\":\"" + userId + "\"}}");
        await using var stream = await onA.OpenStreamAsync();
        using var onB = new DirectLineClient(bots.B) { Token = onA.Token, ConversationId = onA.ConversationId, UserId = onA.UserId };
        var clients = new[] { onB, onA };
        var turn = 0;

        // Each post goes to the other instance; the reply it expects must arrive on A's stream.
        async Task<string> SayAsync(string text, string expected)
        {
            var (_, id) = await clients[turn++ % 2].SayAsync(text, locale);
            await stream.WaitForAsync(a => (string?)a["replyToId"] == id && DirectLineClient.IsBotMessage(a, expected), $"'{expected}' after '{text}'");
            return id;
        }

        await SayAsync(start, t.SurveyAskCsat);                  // B
        await SayAsync("1", t.SurveyAskNps);                     // A
        await SayAsync("2", t.SurveyAskWhyDetractor);            // B
        await SayAsync(comment, t.SurveyAskAspects);             // A
        var last = await SayAsync(aspect, t.AnythingElse);       // B: creates the escalation there
        Assert.Equal(
            [t.SurveyEscalated(urgent: true), t.HandoffQueued(1, TimeSpan.FromMinutes(5)), t.AnythingElse],
            stream.Activities.Where(a => (string?)a["replyToId"] == last && DirectLineClient.IsBotMessage(a)).Select(a => (string?)a["text"]));

        // Polling on B reads the same conversation, in the same order.
        await onB.PollUntilAsync(a => DirectLineClient.IsBotMessage(a, t.HandoffQueued(1, TimeSpan.FromMinutes(5))), "the queued notice, polled on B");
        Assert.Equal(
            stream.Activities.Where(a => DirectLineClient.IsBotMessage(a)).Select(a => (string?)a["text"]).Take(onB.BotTexts().Count),
            onB.BotTexts());

        var escalation = (await bots.B.Services.GetRequiredService<IEscalationStore>().FindOpenByConversationAsync(onA.ConversationId!, CancellationToken.None))!;
        Assert.Equal(("webchat:" + userId, "10234"), (escalation.Request.CustomerId, escalation.Request.OrderId));
        await anaOnA.WaitForAsync("queueChanged", row => row.GetProperty("id").GetString() == escalation.Id
            && row.GetProperty("status").GetString() == "Waiting");

        var (agent, served, conflicts) = await bots.ClaimAtOnceAsync(escalation.Id, 10);
        Assert.Equal(9, conflicts);
        await anaOnA.WaitForAsync("queueChanged", row => row.GetProperty("id").GetString() == escalation.Id
            && row.GetProperty("claimedBy").GetString() == agent);
        var name = agent == "ana" ? "Ana" : "Luis";
        await TwoInstances.SendAsAgentAsync(served, agent, escalation.Id, "Te escribo / Writing 1");
        await TwoInstances.SendAsAgentAsync(bots.Other(served), agent, escalation.Id, "Te escribo / Writing 2");
        await stream.WaitForAsync(a => (string?)a["text"] == t.AgentSays(name, "Te escribo / Writing 1"), "the agent's first message on A's stream");
        await stream.WaitForAsync(a => (string?)a["text"] == t.AgentSays(name, "Te escribo / Writing 2"), "the agent's second message on A's stream");
    }
}
