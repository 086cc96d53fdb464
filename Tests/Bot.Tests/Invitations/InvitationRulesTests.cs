using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Invitations;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Invitations;
using SupportBot.Dialogs.Localization;
using static SupportBot.Bot.Tests.Invitations.InvitationScenario;

namespace SupportBot.Bot.Tests.Invitations;

/// <summary>The rules at send time, through the real bot over HTTP with a fake clock and a local Bot Connector that
/// receives the proactive messages: the delay (and a channel's own), quiet hours in the customer's time zone, one
/// reminder, "not now", the survey opt-out, once per order, the throttle, and a customer the bot never talked to.</summary>
public sealed class InvitationRulesTests : IAsyncLifetime
{
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private async Task<(BotHost Host, FakeTimeProvider Clock, Customer Customer)> StartAsync(string locale = "es-ES", IDictionary<string, string?>? extra = null)
    {
        var clock = Clock();
        var host = await BotHost.StartAsync(Settings(extra), Services(clock));
        return (host, clock, new Customer(host, locale) { ServiceUrl = _connector.ServiceUrl.ToString() });
    }

    private static string CustomerId(Customer customer) => "webchat:" + customer.UserId;

    private List<string> TextsTo(Customer customer) => [.. _connector.TextsTo(customer.ConversationId)];

    [Fact]
    public async Task WhereToReachTheCustomer_IsStoredWhenItChanges_AndItsLastSeenTimeHourly_NotOnEveryTurn()
    {
        var (host, clock, customer) = await StartAsync();
        await using var running = host;
        await host.SendAsync(customer.Message("hola"));
        var first = await WaitForReferenceAsync(host, CustomerId(customer));
        Assert.Equal(Start, first.LastSeenAt);

        clock.Advance(TimeSpan.FromMinutes(10));
        await host.SendAsync(customer.Message("hola"));
        Assert.Equal(first, await Store(host).GetReferenceAsync(CustomerId(customer), CancellationToken.None));

        var moved = customer.Message("hola");
        moved.LocalTimezone = "America/New_York";
        await host.SendAsync(moved);
        var changed = await Store(host).GetReferenceAsync(CustomerId(customer), CancellationToken.None);
        Assert.Equal(("America/New_York", Start.AddMinutes(10)), (changed!.TimeZone, changed.LastSeenAt));

        clock.Advance(TimeSpan.FromMinutes(59));
        await host.SendAsync(customer.Message("hola"));
        Assert.Equal(Start.AddMinutes(10), (await Store(host).GetReferenceAsync(CustomerId(customer), CancellationToken.None))!.LastSeenAt);

        clock.Advance(TimeSpan.FromMinutes(1));
        await host.SendAsync(customer.Message("hola"));
        var refreshed = await Store(host).GetReferenceAsync(CustomerId(customer), CancellationToken.None);
        Assert.Equal(("America/New_York", Start.AddMinutes(70)), (refreshed!.TimeZone, refreshed.LastSeenAt));
    }

    [Fact]
    public async Task SevenDaysAfterDelivery_OutsideQuietHoursInTheCustomersZone_TheInvitationIsSent_ThenOneReminder()
    {
        var (host, clock, customer) = await StartAsync();
        await using var running = host;
        var t = InvitationTexts.Spanish;
        // Web Chat tells the browser's time zone: New York, six hours behind Madrid in December.
        var hello = customer.Message("hola");
        hello.LocalTimezone = "America/New_York";
        await host.SendAsync(hello);
        await DeliveredAsync(host, clock, "500001", CustomerId(customer));

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunOnceAsync(host));
        // Seven days on the dot: 10:00 UTC is 05:00 in New York, inside the quiet hours until 09:00 there (14:00 UTC).
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunOnceAsync(host));
        Assert.Equal(Start.AddDays(7).AddHours(4), (await ScheduleAsync(host, "500001")).DueAt);
        Assert.DoesNotContain(t.Invitation("500001"), TextsTo(customer));

        clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(1, await RunOnceAsync(host));
        var invitation = await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.Invitation("500001"));
        Assert.Equal(
            [t.RateNow, t.NotNow, t.StopSurveys],
            invitation.Body["suggestedActions"]!["actions"]!.Select(a => (string)a["value"]!).ToList());
        Assert.Equal(0, await RunOnceAsync(host));

        // Unanswered: one reminder three days later (09:00 in New York), then nothing more.
        clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunOnceAsync(host));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RunOnceAsync(host));
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await RunOnceAsync(host));
        Assert.Equal([t.Invitation("500001"), t.Reminder("500001")], TextsTo(customer).Where(x => x.Contains("500001", StringComparison.Ordinal)).ToList());

        var sent = await Store(host).ListSentAsync(Start, clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(
            [("500001", false, Start.AddDays(7).AddHours(4)), ("500001", true, Start.AddDays(10).AddHours(4))],
            sent.Select(s => (s.OrderId, s.IsReminder, s.SentAt)).ToList());
        Assert.All(sent, s => Assert.Equal((CustomerId(customer), "webchat", Language.Spanish, false), (s.CustomerId, s.ChannelId, s.Language, s.Answered)));
        Assert.Equal(InvitationState.Done, (await ScheduleAsync(host, "500001")).State);
    }

    [Fact]
    public async Task NotNow_IsAnswered_AndNoReminderFollows_InEnglish()
    {
        var (host, clock, customer) = await StartAsync("en-US", new Dictionary<string, string?> { ["Invitations:Channels:webchat:DelayDays"] = "2" });
        await using var running = host;
        var t = InvitationTexts.English;
        await customer.SayAsync("hello");
        await DeliveredAsync(host, clock, "500002", CustomerId(customer));

        // This channel's own delay: two days.
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await RunOnceAsync(host));
        Assert.Contains(t.Invitation("500002"), TextsTo(customer));

        Assert.Equal([t.Declined], await customer.TextsAsync("Not now"));
        clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(0, await RunOnceAsync(host));
        var schedule = await ScheduleAsync(host, "500002");
        Assert.Equal((InvitationState.Done, InvitationDispatcher.Reasons.Answered, InvitationResponse.Declined), (schedule.State, schedule.Reason, schedule.Response!.Value));
        Assert.True(Assert.Single(await Store(host).ListSentAsync(Start, clock.GetUtcNow(), CancellationToken.None)).Answered);
        Assert.DoesNotContain(t.Reminder("500002"), TextsTo(customer));
    }

    [Fact]
    public async Task ACustomerWhoStoppedSurveys_IsNotInvited()
    {
        var (host, clock, customer) = await StartAsync();
        await using var running = host;
        await customer.SayAsync("no más encuestas");
        await DeliveredAsync(host, clock, "500003", CustomerId(customer));

        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await RunOnceAsync(host));

        var schedule = await ScheduleAsync(host, "500003");
        Assert.Equal((InvitationState.Skipped, InvitationDispatcher.Reasons.OptedOut), (schedule.State, schedule.Reason));
        Assert.DoesNotContain(TextsTo(customer), x => x.Contains("500003", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("500004", SurveyStatus.InProgress, InvitationDispatcher.Reasons.AlreadySurveyed)]
    [InlineData("500004", SurveyStatus.Completed, InvitationDispatcher.Reasons.AlreadySurveyed)]
    [InlineData("499999", SurveyStatus.Completed, InvitationDispatcher.Reasons.Throttled)]
    public async Task AnOrderSurveyedAlready_OrACustomerSurveyedRecently_IsSkippedWithTheReason(string surveyedOrder, SurveyStatus status, string reason)
    {
        var (host, clock, customer) = await StartAsync();
        await using var running = host;
        await customer.SayAsync("hola");
        await DeliveredAsync(host, clock, "500004", CustomerId(customer));
        // A survey the customer answered (or started) three days ago — for this order, or for another one.
        await host.Services.GetRequiredService<ISurveyStore>().SaveAsync(new SurveyRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            CustomerId = CustomerId(customer),
            ChannelId = "webchat",
            OrderId = surveyedOrder,
            Csat = 4,
            Status = status,
            StartedAt = Start.AddDays(3),
            UpdatedAt = Start.AddDays(3),
            CompletedAt = status == SurveyStatus.Completed ? Start.AddDays(3) : null,
        }, CancellationToken.None);

        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await RunOnceAsync(host));

        var schedule = await ScheduleAsync(host, "500004");
        Assert.Equal((InvitationState.Skipped, reason), (schedule.State, schedule.Reason));
        Assert.Empty(await Store(host).ListSentAsync(Start, clock.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task ACustomerWhoRatesTheOrderAnotherWay_GetsNoReminder_AndCountsAsAnswered()
    {
        var (host, clock, customer) = await StartAsync();
        await using var running = host;
        await customer.SayAsync("hola");
        await DeliveredAsync(host, clock, "500007", CustomerId(customer));
        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await RunOnceAsync(host));

        // The next day the customer opens the order's survey from the shop's e-mail link instead of the button.
        clock.Advance(TimeSpan.FromDays(1));
        await host.Services.GetRequiredService<ISurveyStore>().SaveAsync(new SurveyRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            CustomerId = CustomerId(customer),
            ChannelId = "webchat",
            OrderId = "500007",
            Status = SurveyStatus.InProgress,
            StartedAt = clock.GetUtcNow(),
            UpdatedAt = clock.GetUtcNow(),
        }, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await RunOnceAsync(host));

        var schedule = await ScheduleAsync(host, "500007");
        Assert.Equal((InvitationState.Done, InvitationDispatcher.Reasons.AlreadySurveyed), (schedule.State, schedule.Reason));
        Assert.True(Assert.Single(await Store(host).ListSentAsync(Start, clock.GetUtcNow(), CancellationToken.None)).Answered);
        Assert.DoesNotContain(InvitationTexts.Spanish.Reminder("500007"), TextsTo(customer));
    }

    [Fact]
    public async Task AChannelThatIsDown_GetsTheInvitationAgainAfterTheLease_AndOneThatLostTheConversationEndsIt()
    {
        var (host, clock, customer) = await StartAsync();
        await using var running = host;
        var gone = new Customer(host, "es-ES") { ServiceUrl = _connector.ServiceUrl.ToString() };
        await customer.SayAsync("hola");
        await gone.SayAsync("hola");
        await DeliveredAsync(host, clock, "500008", CustomerId(customer));
        await DeliveredAsync(host, clock, "500009", CustomerId(gone));
        clock.Advance(TimeSpan.FromDays(7));

        _connector.FailMessagesWith = Microsoft.AspNetCore.Http.StatusCodes.Status503ServiceUnavailable;
        Assert.Equal(0, await RunOnceAsync(host));
        var retried = await ScheduleAsync(host, "500008");
        Assert.Equal((InvitationState.Pending, clock.GetUtcNow().AddMinutes(5)), (retried.State, retried.DueAt));

        _connector.FailMessagesWith = Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound;
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await RunOnceAsync(host));
        var ended = await ScheduleAsync(host, "500009");
        Assert.Equal((InvitationState.Skipped, InvitationDispatcher.Reasons.Unreachable), (ended.State, ended.Reason));

        // 500008 met the 404 too; a channel back up later has nothing more to send.
        _connector.FailMessagesWith = null;
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await RunOnceAsync(host));
        Assert.Empty(await Store(host).ListSentAsync(Start, clock.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task AChannelBackUp_GetsTheInvitationOnTheNextTry()
    {
        var (host, clock, customer) = await StartAsync();
        await using var running = host;
        await customer.SayAsync("hola");
        await DeliveredAsync(host, clock, "500010", CustomerId(customer));
        clock.Advance(TimeSpan.FromDays(7));

        _connector.FailMessagesWith = Microsoft.AspNetCore.Http.StatusCodes.Status500InternalServerError;
        Assert.Equal(0, await RunOnceAsync(host));
        _connector.FailMessagesWith = null;
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await RunOnceAsync(host));

        Assert.Single(await Store(host).ListSentAsync(Start, clock.GetUtcNow().AddDays(1), CancellationToken.None));
        Assert.Contains(InvitationTexts.Spanish.Invitation("500010"), TextsTo(customer));
    }

    [Fact]
    public async Task ACustomerTheBotNeverTalkedTo_IsSkipped()
    {
        var (host, clock, _) = await StartAsync();
        await using var running = host;
        await DeliveredAsync(host, clock, "500005", "C-unknown");

        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await RunOnceAsync(host));

        var schedule = await ScheduleAsync(host, "500005");
        Assert.Equal((InvitationState.Skipped, InvitationDispatcher.Reasons.NoConversation), (schedule.State, schedule.Reason));
    }

    [Fact]
    public async Task TheSchedulerRunsByItself_WhenItsIntervalPasses()
    {
        var clock = Clock();
        await using var host = await BotHost.StartAsync(
            Settings(new Dictionary<string, string?> { ["Invitations:PollInterval"] = "00:01:00" }),
            services => services.AddSingleton<TimeProvider>(clock));
        var customer = new Customer(host, "es-ES") { ServiceUrl = _connector.ServiceUrl.ToString() };
        await customer.SayAsync("hola");
        await DeliveredAsync(host, clock, "500006", CustomerId(customer));

        clock.Advance(TimeSpan.FromDays(7));

        // The timer may have been set just after the jump: a minute more of fake time each round, until it is sent.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!TextsTo(customer).Contains(InvitationTexts.Spanish.Invitation("500006")))
        {
            Assert.True(DateTime.UtcNow < deadline, "The scheduler sent nothing by itself.");
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(50);
        }

        Assert.Single(await Store(host).ListSentAsync(Start, clock.GetUtcNow().AddDays(1), CancellationToken.None));
    }
}
