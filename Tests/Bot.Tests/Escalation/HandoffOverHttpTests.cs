using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>A customer asks for a person over HTTP, with a fake clock: told the place in the queue and the wait in
/// hours; out of hours, told when the team opens and offered a callback (contact, consent); nobody claiming in time →
/// the bot apologises on the customer's channel and books a callback from the reply; "cancel request" withdraws.</summary>
public sealed class HandoffOverHttpTests : IAsyncLifetime
{
    // Wednesday 2 December 2026, 11:00 in Madrid (10:00 UTC): open. Saturday 5 December, 10:00 UTC: closed.
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SaturdayMorning = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private static Task<BotHost> StartAsync(FakeTimeProvider clock) => BotHost.StartAsync(
        new Dictionary<string, string?>
        {
            ["Escalation:BusinessHours:TimeZone"] = "Europe/Madrid",
            ["Escalation:BusinessHours:Days"] = "Mon,Tue,Wed,Thu,Fri",
            ["Escalation:BusinessHours:Opens"] = "09:00",
            ["Escalation:BusinessHours:Closes"] = "18:00",
        },
        services => services.AddSingleton<TimeProvider>(clock));

    private Customer NewCustomer(BotHost host, string locale) => new(host, locale) { ServiceUrl = _connector.ServiceUrl.ToString() };

    private static async Task AskForAPersonAsync(Customer customer, Language language)
    {
        var t = Texts.For(language);
        await customer.SayAsync(language == Language.Spanish ? "hola" : "hello");
        Assert.Equal([t.HandoffConfirm], await customer.TextsAsync(t.MenuPerson));
    }

    private static async Task<EscalationCase> OnlyEscalationOfAsync(BotHost host, Customer customer)
        => Assert.Single(
            await host.Services.GetRequiredService<IEscalationStore>().ListOpenAsync(CancellationToken.None),
            e => e.Request.ConversationId == customer.ConversationId);

    [Theory]
    [InlineData("es-ES", Language.Spanish, "sí", "cancelar solicitud")]
    [InlineData("en-US", Language.English, "yes", "cancel request")]
    public async Task InHours_PlaceAndWait_SecondCustomerIsBehind_AndCancelWithdraws(string locale, Language language, string yes, string cancel)
    {
        var t = Texts.For(language);
        var clock = new FakeTimeProvider(WednesdayMorning);
        await using var host = await StartAsync(clock);
        var first = NewCustomer(host, locale);
        var second = NewCustomer(host, locale);

        await AskForAPersonAsync(first, language);
        Assert.Equal(t.HandoffQueued(1, TimeSpan.FromMinutes(5)), (await first.TextsAsync(yes))[0]);
        clock.Advance(TimeSpan.FromSeconds(30));
        await AskForAPersonAsync(second, language);
        Assert.Equal(t.HandoffQueued(2, TimeSpan.FromMinutes(10)), (await second.TextsAsync(yes))[0]);
        var queued = await OnlyEscalationOfAsync(host, first);
        Assert.Contains(Dialogs.Abstractions.EscalationReason.CustomerRequest, queued.Request.Decision.Reasons);

        Assert.Equal([t.HandoffWithdrawn], await first.TextsAsync(cancel));
        var withdrawn = await host.Services.GetRequiredService<IEscalationStore>().GetAsync(queued.Id, CancellationToken.None);
        Assert.Equal(EscalationStatus.Cancelled, withdrawn!.Status);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "sí", "no sé", "612 345 678", "cancelar solicitud")]
    [InlineData("en-US", Language.English, "yes", "dunno", "ana@example.com", "cancel request")]
    public async Task OutOfHours_SaysWhenTheTeamOpens_AndBooksACallbackWithConsent(
        string locale, Language language, string yes, string noContact, string contact, string cancel)
    {
        var t = Texts.For(language);
        await using var host = await StartAsync(new FakeTimeProvider(SaturdayMorning));
        var customer = NewCustomer(host, locale);
        var mondayNine = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1));

        await AskForAPersonAsync(customer, language);
        Assert.Equal([t.HandoffClosed(mondayNine, "Europe/Madrid"), t.HandoffOfferCallback], await customer.TextsAsync(yes));
        Assert.Equal([t.HandoffAskContact], await customer.TextsAsync(yes));
        Assert.Equal([t.HandoffContactRetry + " " + t.HandoffAskContact], await customer.TextsAsync(noContact));
        Assert.Equal([t.HandoffConsent(contact)], await customer.TextsAsync(contact));
        Assert.Equal(t.HandoffCallbackConfirmed(contact), (await customer.TextsAsync(yes))[0]);

        var booked = await OnlyEscalationOfAsync(host, customer);
        Assert.Equal((EscalationStatus.CallbackRequested, contact), (booked.Status, booked.Callback!.Contact));
        Assert.Equal(SaturdayMorning, booked.Callback.ConsentedAt);
        Assert.Equal([t.HandoffWithdrawn], await customer.TextsAsync(cancel));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "sí", "no")]
    [InlineData("en-US", Language.English, "yes", "no")]
    public async Task OutOfHours_DecliningTheCallback_KeepsTheRequestQueued(string locale, Language language, string yes, string no)
    {
        var t = Texts.For(language);
        await using var host = await StartAsync(new FakeTimeProvider(SaturdayMorning));
        var customer = NewCustomer(host, locale);

        await AskForAPersonAsync(customer, language);
        await customer.TextsAsync(yes);

        Assert.Equal(t.HandoffCallbackDeclined, (await customer.TextsAsync(no))[0]);
        Assert.Equal(EscalationStatus.Waiting, (await OnlyEscalationOfAsync(host, customer)).Status);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "sí", "Vale, llamadme al 612 345 678")]
    [InlineData("en-US", Language.English, "yes", "ok call me on 612 345 678")]
    public async Task NobodyClaimsInTime_TheBotApologisesOnTheChannel_AndTheReplyBooksACallback(string locale, Language language, string yes, string reply)
    {
        var t = Texts.For(language);
        var clock = new FakeTimeProvider(WednesdayMorning);
        await using var host = await StartAsync(clock);
        var customer = NewCustomer(host, locale);
        await AskForAPersonAsync(customer, language);
        await customer.TextsAsync(yes);
        var monitor = host.Services.GetRequiredService<EscalationMonitor>();

        clock.Advance(TimeSpan.FromMinutes(9));
        await monitor.RunOnceAsync(CancellationToken.None);
        Assert.DoesNotContain(t.HandoffNoClaimYet, _connector.TextsTo(customer.ConversationId));
        clock.Advance(TimeSpan.FromMinutes(2));
        await monitor.RunOnceAsync(CancellationToken.None);
        await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.HandoffNoClaimYet);

        Assert.Equal([t.HandoffCallbackConfirmed("612 345 678")], await customer.TextsAsync(reply));
        var booked = await OnlyEscalationOfAsync(host, customer);
        Assert.Equal((EscalationStatus.CallbackRequested, "612 345 678"), (booked.Status, booked.Callback!.Contact));
        Assert.Single(_connector.TextsTo(customer.ConversationId), text => text == t.HandoffNoClaimYet);
    }

    [Fact]
    public async Task StillWaitingAfterAWeek_Expires()
    {
        var clock = new FakeTimeProvider(WednesdayMorning);
        await using var host = await StartAsync(clock);
        var customer = NewCustomer(host, "es-ES");
        await AskForAPersonAsync(customer, Language.Spanish);
        await customer.TextsAsync("sí");
        var queued = await OnlyEscalationOfAsync(host, customer);
        var monitor = host.Services.GetRequiredService<EscalationMonitor>();

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        await monitor.RunOnceAsync(CancellationToken.None);
        Assert.NotEqual(EscalationStatus.Expired, (await host.Services.GetRequiredService<IEscalationStore>().GetAsync(queued.Id, CancellationToken.None))!.Status);
        clock.Advance(TimeSpan.FromMinutes(2));
        await monitor.RunOnceAsync(CancellationToken.None);

        var expired = await host.Services.GetRequiredService<IEscalationStore>().GetAsync(queued.Id, CancellationToken.None);
        Assert.Equal(EscalationStatus.Expired, expired!.Status);
    }

    [Fact]
    public async Task AFollowUpNobodyAnswers_IsSettledAfterItsWindow_AndLeavesTheOpenList()
    {
        var clock = new FakeTimeProvider(WednesdayMorning);
        await using var host = await StartAsync(clock);
        var customer = NewCustomer(host, "en-US");
        await AskForAPersonAsync(customer, Language.English);
        await customer.TextsAsync("yes");
        var id = (await OnlyEscalationOfAsync(host, customer)).Id;
        var service = host.Services.GetRequiredService<EscalationService>();
        await service.ClaimAsync(id, "ana", CancellationToken.None);
        await service.GoLiveAsync(id, "ana", CancellationToken.None);
        await service.ResolveAsync(id, "ana", EscalationOutcome.Retained, null, CancellationToken.None);
        await service.MarkFollowUpAskedAsync(id, CancellationToken.None);
        var monitor = host.Services.GetRequiredService<EscalationMonitor>();

        clock.Advance(TimeSpan.FromHours(23));
        await monitor.RunOnceAsync(CancellationToken.None);
        Assert.True((await service.Store.GetAsync(id, CancellationToken.None))!.FollowUpPending);
        clock.Advance(TimeSpan.FromHours(2));
        await monitor.RunOnceAsync(CancellationToken.None);

        var settled = await service.Store.GetAsync(id, CancellationToken.None);
        Assert.Equal((false, null, false), (settled!.FollowUpPending, settled.FollowUpScore, settled.IsOpen));
        Assert.Null(await service.Store.FindOpenByConversationAsync(customer.ConversationId, CancellationToken.None));
    }
}
