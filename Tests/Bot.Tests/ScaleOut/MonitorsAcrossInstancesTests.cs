using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.ScaleOut;

/// <summary>Both instances run the escalation monitor over the same queue (here: three passes each, at the same time):
/// an SLA breach is flagged and announced once, the customer gets one apology, and the request expires once.</summary>
[Collection(RedisCollection.Name)]
public sealed class MonitorsAcrossInstancesTests(RedisServerFixture redis) : IAsyncLifetime
{
    // Wednesday 2 December 2026, 10:00 UTC; the test team works around the clock (TestSettings).
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData("es-ES", Language.Spanish, "hola", "sí")]
    [InlineData("en-US", Language.English, "hello", "yes")]
    public async Task TwoMonitorsAtOnce_NotifyApologiseAndExpireOnce(string locale, Language language, string hello, string yes)
    {
        var t = Texts.For(language);
        var clock = new FakeTimeProvider(WednesdayMorning);
        var recorder = new RecordingNotifier();
        var customer = new Customer(null!, locale) { ServiceUrl = _connector.ServiceUrl.ToString() };
        var slas = new Dictionary<string, string?>
        {
            ["Escalation:SlaUrgent"] = "01:00:00",
            ["Escalation:SlaHigh"] = "01:00:00",
            ["Escalation:SlaNormal"] = "01:00:00",
            ["Escalation:SlaLow"] = "01:00:00",
            ["Escalation:ExpireAfter"] = "12:00:00",
        };
        await using var bots = await TwoInstances.StartAsync(redis, "webchat:" + customer.UserId, slas, services => services
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IEscalationNotifier>(recorder));
        customer.Host = bots.A;
        await customer.SayAsync(hello);
        customer.Host = bots.B;
        Assert.Equal([t.HandoffConfirm], await customer.TextsAsync(t.MenuPerson));
        customer.Host = bots.A;
        Assert.Equal(t.HandoffQueued(1, TimeSpan.FromMinutes(5)), (await customer.TextsAsync(yes))[0]);
        var id = (await bots.A.Services.GetRequiredService<IEscalationStore>().FindOpenByConversationAsync(customer.ConversationId, CancellationToken.None))!.Id;

        clock.Advance(TimeSpan.FromHours(2));
        await BothMonitorsAsync(bots, passes: 3);

        Assert.Single(recorder.Notifications, n => n.Kind == EscalationNotificationKind.SlaBreached && n.Escalation.Id == id);
        Assert.Single(_connector.TextsTo(customer.ConversationId), text => text == t.HandoffNoClaimYet);
        var waiting = await bots.B.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Waiting, WednesdayMorning.AddHours(2)), (waiting!.Status, waiting.SlaBreachedAt));
        Assert.NotNull(waiting.CallbackOfferedAt);

        clock.Advance(TimeSpan.FromHours(11));
        await BothMonitorsAsync(bots, passes: 3);

        Assert.Single(recorder.Notifications, n => n.Kind == EscalationNotificationKind.Changed && n.Escalation.Id == id && n.Escalation.Status == EscalationStatus.Expired);
        Assert.Single(recorder.Notifications, n => n.Kind == EscalationNotificationKind.SlaBreached && n.Escalation.Id == id);
        Assert.Single(_connector.TextsTo(customer.ConversationId), text => text == t.HandoffNoClaimYet);
        Assert.Equal(EscalationStatus.Expired, (await bots.A.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None))!.Status);
    }

    private static async Task BothMonitorsAsync(TwoInstances bots, int passes)
    {
        var a = bots.A.Services.GetRequiredService<EscalationMonitor>();
        var b = bots.B.Services.GetRequiredService<EscalationMonitor>();
        for (var pass = 0; pass < passes; pass++)
        {
            await Task.WhenAll(Task.Run(() => a.RunOnceAsync(CancellationToken.None)), Task.Run(() => b.RunOnceAsync(CancellationToken.None)));
        }
    }
}
