using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>The Bot Framework handoff protocol with an external agent hub, over HTTP: a <c>handoff.initiate</c> event
/// with context and transcript when a customer is escalated; <c>handoff.status</c> accepted / failed / completed honoured.</summary>
public sealed class HandoffProtocolTests
{
    private static Task<BotHost> StartAsync() => BotHost.StartAsync(new Dictionary<string, string?> { ["Escalation:ExternalHub"] = "true" });

    private static Activity Status(Customer customer, string state, string? message = null)
    {
        var activity = customer.Message(string.Empty);
        activity.Type = ActivityTypes.Event;
        activity.Text = null;
        activity.Name = HandoffEventNames.HandoffStatus;
        activity.Value = new JObject { ["state"] = state, ["message"] = message };
        return activity;
    }

    private static async Task<(Customer Customer, EscalationCase Escalation)> EscalateAsync(BotHost host, string locale, Language language)
    {
        var t = Texts.For(language);
        var customer = new Customer(host, locale);
        await customer.SayAsync(language == Language.Spanish ? "hola" : "hello");
        await customer.SayAsync(t.MenuPerson);
        var replies = await customer.SayAsync(language == Language.Spanish ? "sí" : "yes");

        var initiate = Assert.Single(replies, a => a.Type == ActivityTypes.Event);
        Assert.Equal(HandoffEventNames.InitiateHandoff, initiate.Name);
        var escalation = Assert.Single(
            await host.Services.GetRequiredService<IEscalationStore>().ListOpenAsync(CancellationToken.None),
            e => e.Request.ConversationId == customer.ConversationId);
        var context = JObject.FromObject(initiate.Value);
        Assert.Equal(escalation.Id, (string?)context["escalationId"]);
        Assert.Equal("CustomerRequest", (string?)context["reasons"]?[0]);
        var transcript = Assert.Single(initiate.Attachments);
        Assert.Contains(t.HandoffConfirm, JToken.FromObject(transcript.Content).ToString(), StringComparison.Ordinal);
        return (customer, escalation);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "5")]
    [InlineData("en-US", Language.English, "5")]
    public async Task Accepted_ThenCompleted_TheHubTalks_ThenTheBotAsksTheFollowUp(string locale, Language language, string score)
    {
        var t = Texts.For(language);
        await using var host = await StartAsync();
        var (customer, escalation) = await EscalateAsync(host, locale, language);
        var store = host.Services.GetRequiredService<IEscalationStore>();

        Assert.Equal([t.HandoffHubAccepted], (await host.SendAsync(Status(customer, "accepted"))).Select(a => a.Text));
        Assert.Equal((EscalationStatus.Live, EscalationService.ExternalHubAgent), ((await store.GetAsync(escalation.Id, CancellationToken.None))!.Status, (await store.GetAsync(escalation.Id, CancellationToken.None))!.ClaimedBy));
        Assert.Empty(await customer.TextsAsync(language == Language.Spanish ? "sigo aquí" : "still here"));
        Assert.Equal([t.FollowUpQuestion], (await host.SendAsync(Status(customer, "completed", "Reembolso hecho"))).Select(a => a.Text));
        Assert.Equal([t.FollowUpThanks(5)], await customer.TextsAsync(score));

        var closed = await store.GetAsync(escalation.Id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Resolved, "Reembolso hecho", 5), (closed!.Status, closed.AgentNote, closed.FollowUpScore));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task Failed_KeepsItInOurQueue_AndSaysSo(string locale, Language language)
    {
        await using var host = await StartAsync();
        var (customer, escalation) = await EscalateAsync(host, locale, language);
        await host.SendAsync(Status(customer, "accepted"));

        var replies = await host.SendAsync(Status(customer, "failed"));

        Assert.Equal([Texts.For(language).HandoffHubFailed], replies.Select(a => a.Text));
        var stored = await host.Services.GetRequiredService<IEscalationStore>().GetAsync(escalation.Id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Waiting, null), (stored!.Status, stored.ClaimedBy));
    }

    [Fact]
    public async Task UnknownState_OrNoEscalation_IsIgnoredPolitely()
    {
        await using var host = await StartAsync();
        var stranger = new Customer(host, "es-ES");

        Assert.Empty(await host.SendAsync(Status(stranger, "accepted")));
        Assert.Empty(await host.SendAsync(Status(stranger, "teleported")));
    }

    [Fact]
    public async Task WithoutAnExternalHub_NoInitiateEventIsSent_AndStatusEventsAreIgnored()
    {
        await using var host = await BotHost.StartAsync();
        var customer = new Customer(host, "en-US");
        await customer.SayAsync("hello");
        await customer.SayAsync(Texts.English.MenuPerson);

        var replies = await customer.SayAsync("yes");
        var forged = await host.SendAsync(Status(customer, "accepted"));

        Assert.DoesNotContain(replies, a => a.Type == ActivityTypes.Event);
        Assert.Empty(forged);
        var escalation = Assert.Single(
            await host.Services.GetRequiredService<IEscalationStore>().ListOpenAsync(CancellationToken.None),
            e => e.Request.ConversationId == customer.ConversationId);
        Assert.Equal((EscalationStatus.Waiting, null), (escalation.Status, escalation.ClaimedBy));
    }
}
