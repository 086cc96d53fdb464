using SupportBot.Bot.Escalation;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.ScaleOut;

/// <summary>A customer on a channel (over <c>/api/messages</c>) whose turns a load balancer sends to instance A, B, A, B…
/// through a whole survey that ends in an escalation; agents on both instances race to claim it; the winner's message
/// reaches the customer whichever instance serves it.</summary>
[Collection(RedisCollection.Name)]
public sealed class SurveyAcrossInstancesTests(RedisServerFixture redis) : IAsyncLifetime
{
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero valorar mi pedido 10234", "Fatal. Estoy muy enfadado y decepcionado, me doy de baja.", "entrega")]
    [InlineData("en-US", Language.English, "I want to rate my order #10234", "Terrible. I am very angry and disappointed, I want to cancel my account.", "delivery")]
    public async Task TurnsAlternatingBetweenInstances_CompleteTheSurvey_AndEscalateOnce(
        string locale, Language language, string start, string comment, string aspect)
    {
        var t = Texts.For(language);
        var customer = new Customer(null!, locale) { ServiceUrl = _connector.ServiceUrl.ToString() };
        var customerId = "webchat:" + customer.UserId;
        await using var bots = await TwoInstances.StartAsync(redis, customerId);
        var turn = 0;
        Task<IReadOnlyList<string>> SayAsync(string text)
        {
            customer.Host = bots.ForTurn(turn++);
            return customer.TextsAsync(text);
        }

        var opening = await SayAsync(start);                          // A
        Assert.Equal(t.SurveyAskCsat, opening[^1]);
        Assert.Equal([t.SurveyAskNps], await SayAsync("1"));          // B
        Assert.Equal([t.SurveyAskWhyDetractor], await SayAsync("2")); // A
        Assert.Equal([t.SurveyAskAspects], await SayAsync(comment));  // B
        var closing = await SayAsync(aspect);                         // A
        Assert.Equal([t.SurveyEscalated(urgent: true), t.HandoffQueued(1, TimeSpan.FromMinutes(5)), t.AnythingElse], closing);

        foreach (var instance in new[] { bots.A, bots.B })
        {
            var record = Assert.Single(await instance.Services.GetRequiredService<ISurveyStore>().ListByCustomerAsync(customerId, CancellationToken.None));
            Assert.Equal(
                (SurveyStatus.Completed, "10234", (int?)1, (int?)2, comment, language),
                (record.Status, record.OrderId, record.Csat, record.Nps, record.Comment, record.Language));
            Assert.Contains(ServiceAspect.Delivery, record.Aspects);
            var decision = record.Escalation!;
            Assert.True(decision.Escalate);
            Assert.Contains(EscalationReason.ChurnIntent, decision.Reasons);

            var escalation = await instance.Services.GetRequiredService<IEscalationStore>().FindOpenByConversationAsync(customer.ConversationId, CancellationToken.None);
            Assert.Equal((EscalationStatus.Waiting, customerId, "10234", (int?)1), (escalation!.Status, escalation.Request.CustomerId, escalation.Request.OrderId, escalation.Request.Csat));
            Assert.Contains(escalation.History, line => line.Sender == TranscriptSender.Customer && line.Text == comment);
            Assert.Contains(escalation.History, line => line.Sender == TranscriptSender.Bot && line.Text == t.SurveyAskAspects);
            Assert.Single(await instance.Services.GetRequiredService<IEscalationStore>().ListOpenAsync(CancellationToken.None));
            Assert.Equal(
                "state=Redis, surveys=Redis, escalations=Redis, directLine=Redis, knowledgeFeedback=Redis, selfServiceLog=Redis, invitations=Redis, cache=Redis, signalR=Redis",
                instance.Services.GetRequiredService<StoreLayout>().Summary);
        }

        // Ten claims at once, through both instances: one wins, nine are told it is taken (and by whom).
        var id = (await bots.A.Services.GetRequiredService<IEscalationStore>().FindOpenByConversationAsync(customer.ConversationId, CancellationToken.None))!.Id;
        var (agent, served, conflicts) = await bots.ClaimAtOnceAsync(id, 10);
        Assert.Equal(9, conflicts);

        // The winner writes through the instance that served the claim, then through the other: both reach the customer.
        await TwoInstances.SendAsAgentAsync(served, agent, id, "Hola / Hello 1");
        await TwoInstances.SendAsAgentAsync(bots.Other(served), agent, id, "Hola / Hello 2");
        var name = agent == "ana" ? "Ana" : "Luis";
        await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.AgentSays(name, "Hola / Hello 1"));
        await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.AgentSays(name, "Hola / Hello 2"));
        var stored = await bots.B.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Live, agent), (stored!.Status, stored.ClaimedBy));
    }
}
