using SupportBot.Bot.Insights;
using SupportBot.Bot.Invitations;
using SupportBot.Bot.Tests.Channels;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Channels;
using SupportBot.Dialogs.Invitations;
using SupportBot.Dialogs.Localization;
using static SupportBot.Bot.Tests.Invitations.InvitationScenario;

namespace SupportBot.Bot.Tests.Invitations;

/// <summary>Invitations meet the messaging channels: each channel's rule for writing first (Messenger and WhatsApp only
/// within 24 hours of the customer's last message), the invitation on SMS as text with numbered answers and the stop
/// word, and the dashboard's invitation history counting a survey answered after the invitation.</summary>
public sealed class InvitationChannelTests : IAsyncLifetime
{
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData("webchat", 30 * 24, true)]
    [InlineData("msteams", 30 * 24, true)]
    [InlineData("sms", 30 * 24, true)]
    [InlineData("facebook", 2, true)]
    [InlineData("facebook", 7 * 24, false)]
    [InlineData("whatsapp", 25, false)]
    [InlineData("some-new-channel", 1, false)]
    [InlineData("", 1, false)]
    public void ThePolicy_IsTheChannelsOwnRuleForWritingFirst(string channelId, int hoursSinceTheCustomerWrote, bool allowed)
    {
        var now = Start.AddDays(30);
        Assert.Equal(allowed, new ProactiveChannelPolicy().CanInvite(channelId, now.AddHours(-hoursSinceTheCustomerWrote), now));
    }

    [Theory]
    [InlineData("es-ES")]
    [InlineData("en-US")]
    public async Task OnSms_TheInvitationIsText_WithNumberedAnswersAndTheStopWord_AndOneStartsTheSurvey(string locale)
    {
        var clock = Clock();
        await using var host = await BotHost.StartAsync(Settings(), Services(clock));
        var customer = new ChannelCustomer(host, _connector, ChannelShape.For("sms"), locale);
        var (language, t, invitations) = (customer.Language, Texts.For(customer.Language), InvitationTexts.For(customer.Language));
        await customer.SayAsync(customer.Spanish ? "hola" : "hello");
        await WaitForReferenceAsync(host, customer.CustomerId);
        await DeliveredAsync(host, clock, "610001", customer.CustomerId);

        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await RunOnceAsync(host));
        var invitation = Assert.Single(customer.TakeNew());
        var text = (string)invitation["text"]!;
        Assert.StartsWith(invitations.Invitation("610001"), text, StringComparison.Ordinal);
        Assert.Null(invitation["suggestedActions"]);
        Assert.Contains("1", text, StringComparison.Ordinal);
        Assert.Contains(invitations.RateNow, text, StringComparison.Ordinal);
        Assert.Contains(invitations.StopSurveys, text, StringComparison.Ordinal);
        Assert.Contains(ChannelTexts.For(language).StopHint, text, StringComparison.Ordinal);

        // "1" is the first numbered answer: rate it now.
        var csat = ChannelCustomer.Texts(await customer.SayAsync("1"));
        Assert.Contains(csat, x => x.StartsWith(t.SurveyAskCsat, StringComparison.Ordinal));
        var history = host.Services.GetRequiredService<IInvitationHistory>();
        Assert.IsType<InvitationHistory>(history);
        Assert.False(Assert.Single(await history.ListSentAsync(Start, clock.GetUtcNow().AddDays(1), CancellationToken.None)).Answered);

        // The survey counts as the invitation's response once it holds a score (a tap on "not now" would not).
        await customer.SayAsync("4");
        var fact = Assert.Single(await history.ListSentAsync(Start, clock.GetUtcNow().AddDays(1), CancellationToken.None));
        Assert.Equal(("610001", "sms", language, false), (fact.OrderId, fact.ChannelId, fact.Language, fact.IsReminder));
        Assert.True(fact.Answered);
    }

    [Theory]
    [InlineData("facebook", "es-ES")]
    [InlineData("whatsapp", "en-US")]
    public async Task OnMessengerOrWhatsApp_AWeekAfterTheCustomerWrote_NoInvitationIsSent(string channelId, string locale)
    {
        var clock = Clock();
        await using var host = await BotHost.StartAsync(Settings(), Services(clock));
        var customer = new ChannelCustomer(host, _connector, ChannelShape.For(channelId), locale);
        await customer.SayAsync(customer.Spanish ? "hola" : "hello");
        await WaitForReferenceAsync(host, customer.CustomerId);
        await DeliveredAsync(host, clock, "610002", customer.CustomerId);

        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await RunOnceAsync(host));

        var schedule = await ScheduleAsync(host, "610002");
        Assert.Equal((InvitationState.Skipped, InvitationDispatcher.Reasons.ChannelPolicy), (schedule.State, schedule.Reason));
        Assert.Empty(customer.TakeNew());
    }
}
