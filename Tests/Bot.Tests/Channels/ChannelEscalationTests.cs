using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Channels;

/// <summary>An escalation on every channel, in both languages, over HTTP: the customer asks for a person, the queue
/// names the channel, and an agent's long message reaches the customer within the channel's limits — split at sentence
/// ends where it is too long, whole where it fits, never with buttons.</summary>
public sealed class ChannelEscalationTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    [Theory]
    [MemberData(nameof(ChannelBot.Matrix), MemberType = typeof(ChannelBot))]
    public async Task AskingForAPerson_QueuesWithTheChannel_AndTheAgentsWordsFitIt(string channelId, string locale)
    {
        var customer = bot.Customer(channelId, locale);
        var (es, language) = (customer.Spanish, customer.Language);
        var t = Texts.For(language);

        var queued = ChannelCustomer.Texts(await customer.SayAsync(es ? "quiero hablar con una persona" : "I want to talk to a person"));
        Assert.NotEmpty(queued);
        using var ana = EscalationScenario.Agent(bot.Host, EscalationScenario.AnaToken);
        var escalation = await EscalationScenario.OnlyQueuedAsync(ana, customer.CustomerId);
        Assert.Equal(channelId, escalation.GetProperty("request").GetProperty("channelId").GetString());
        var id = escalation.GetProperty("id").GetString()!;

        using var claimed = await ana.PostAsync($"/api/agent/escalations/{id}/claim", null);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        // Just under the console's 2000-character limit: "Ana: " makes it longer than an SMS or a Messenger message.
        var sentences = Enumerable.Range(1, 200)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"Paso {i}: revisamos tu caso."))
            .Aggregate(new List<string>(), (all, s) => all.Sum(x => x.Length + 1) + s.Length < 1990 ? [.. all, s] : all);
        var text = string.Join(' ', sentences);
        using var sent = await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await bot.Connector.WaitForAsync(c => c.ConversationId == customer.User.ConversationId && (c.Text ?? string.Empty).EndsWith(sentences[^1], StringComparison.Ordinal));

        var received = customer.TakeNew();
        Assert.All(received, m => Assert.Empty(ChannelAssert.Buttons(m)));
        var texts = ChannelCustomer.Texts(received);
        Assert.Equal(t.AgentJoined("Ana"), texts[0]);
        var relayed = texts.Skip(1).ToList();
        Assert.Equal(t.AgentSays("Ana", text), string.Join(' ', relayed));
        var whole = t.AgentSays("Ana", text).Length;
        Assert.Equal(whole > customer.Shape.MaxText ? 2 : 1, relayed.Count);
        Assert.All(relayed.SkipLast(1), part => Assert.EndsWith(".", part, StringComparison.Ordinal));
    }
}
