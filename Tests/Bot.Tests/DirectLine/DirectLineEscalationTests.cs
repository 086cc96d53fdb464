using System.Net;
using System.Net.Http.Json;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>A Web Chat customer on the embedded channel is escalated to a live agent: the agent's messages are
/// proactive (ContinueConversationAsync with the stored serviceUrl) and must reach the customer's stream through the
/// embedded connector — with and without a MicrosoftAppId.</summary>
public sealed class DirectLineEscalationTests
{
    private const string UserId = "dl_escalated0001";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AgentMessages_ReachTheWebChatCustomersStream(bool withAppId)
    {
        var t = Texts.Spanish;
        var extra = new Dictionary<string, string?>();
        if (withAppId)
        {
            // A MicrosoftAppId turns on channel authentication for /api/messages; the embedded channel keeps working.
            extra["MicrosoftAppType"] = "MultiTenant";
            extra["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";
            extra["MicrosoftAppPassword"] = "not-a-real-secret";
        }

        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + UserId, extra));
        using var customer = new DirectLineClient(host);
        await customer.ConnectAsync("{\"user\":{\"id\":\"" + UserId + "\"}}");
        await using var stream = await customer.OpenStreamAsync();
        await stream.WaitForAsync(a => DirectLineClient.IsBotMessage(a, t.Welcome("SupportBot")), "greeting");

        await SayAsync(customer, stream, "quiero valorar mi pedido 10234");
        await SayAsync(customer, stream, "1");
        await SayAsync(customer, stream, "2");
        var replies = await SayAsync(customer, stream, "El paquete llegó tarde y roto, y nadie me responde. Me doy de baja.");
        if (replies[^1] == t.SurveyAskAspects)
        {
            replies = await SayAsync(customer, stream, "entrega");
        }

        Assert.Contains(t.HandoffQueued(1, TimeSpan.FromMinutes(5)), replies);
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        var id = (await EscalationScenario.OnlyQueuedAsync(ana, "webchat:" + UserId)).GetProperty("id").GetString()!;
        using var claimed = await ana.PostAsync($"/api/agent/escalations/{id}/claim", null);
        using var sent = await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = "Hola, soy Ana. ¿Qué ha pasado?" });
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var agentLine = await stream.WaitForAsync(a => (string?)a["text"] == t.AgentSays("Ana", "Hola, soy Ana. ¿Qué ha pasado?"), "the agent's message");
        Assert.Equal("bot", (string?)agentLine["from"]?["role"]);
        Assert.Null(agentLine["replyToId"]);
        Assert.Equal(customer.ConversationId, (string?)agentLine["conversation"]?["id"]);
        await stream.WaitForAsync(a => (string?)a["text"] == t.AgentJoined("Ana"), "the agent joined notice");
    }

    /// <summary>Posts a message and returns the bot's replies to it, once the bot has been quiet for a moment.</summary>
    private static async Task<IReadOnlyList<string>> SayAsync(DirectLineClient customer, StreamConnection stream, string text)
    {
        var (_, id) = await customer.SayAsync(text);
        await stream.WaitForAsync(a => (string?)a["replyToId"] == id, $"a reply to '{text}'");
        var count = -1;
        while (count != stream.Activities.Count)
        {
            count = stream.Activities.Count;
            await Task.Delay(400);
        }

        return stream.Activities.Where(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message").Select(a => (string?)a["text"] ?? string.Empty).ToList();
    }
}
