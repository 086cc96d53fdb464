using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Teams;
using SupportBot.Dialogs.Invitations;
using SupportBot.Dialogs.Localization;
using static SupportBot.Bot.Tests.Invitations.InvitationScenario;

namespace SupportBot.Bot.Tests.Invitations;

/// <summary>End to end with a fake clock: a customer talks to the bot (in the web chat through the embedded Direct
/// Line, or in a Teams personal chat through a local Bot Connector), the shop posts the signed delivery, seven days
/// pass, the invitation arrives in the customer's language on the channel they last used, and tapping "rate it now"
/// opens the survey about that order.</summary>
public sealed class InvitationEndToEndTests
{
    private const string OrderId = "10234";

    private static Dictionary<string, string?> Settings(string customerId) => InvitationScenario.Settings(new Dictionary<string, string?>
    {
        ["DemoOrders:Orders:0:CustomerId"] = customerId,
        ["DemoOrders:Orders:0:OrderId"] = OrderId,
        ["DemoOrders:Orders:0:Product"] = "Nimbus X2",
        ["DemoOrders:Orders:0:DeliveredOn"] = "2026-12-01",
        // The page keeps its token fresh while it is open (as Web Chat does); the conversation outlives a week.
        ["DirectLine:TokenLifetime"] = "1.00:00:00",
        ["DirectLine:ConversationLifetime"] = "30.00:00:00",
    });

    [Theory]
    [InlineData("es-ES", Language.Spanish, "hola")]
    [InlineData("en-US", Language.English, "hello")]
    public async Task WebChat_TheInvitationAppearsInTheCustomersStream_AndRateItNowStartsTheSurvey(string locale, Language language, string hello)
    {
        var t = Texts.For(language);
        var invitations = InvitationTexts.For(language);
        var userId = "dl_invited_" + Guid.NewGuid().ToString("N")[..8];
        var clock = Clock();
        await using var host = await BotHost.StartAsync(Settings("webchat:" + userId), Services(clock));
        using var customer = new DirectLineClient(host);
        await customer.ConnectAsync("{\"user\":{\"id\":\"" + userId + "\"}}");
        await using var stream = await customer.OpenStreamAsync();
        await stream.WaitForAsync(a => DirectLineClient.IsBotMessage(a), "greeting");
        await customer.SayAsync(hello, locale);
        Assert.Equal(language, (await WaitForReferenceAsync(host, "webchat:" + userId)).Language);

        await DeliveredAsync(host, clock, OrderId, "webchat:" + userId);
        for (var hours = 0; hours < 7 * 24; hours += 12)
        {
            clock.Advance(TimeSpan.FromHours(12));
            using var refreshed = await customer.SendAsync(HttpMethod.Post, "tokens/refresh");
            customer.Token = (string)(await DirectLineClient.JsonAsync(refreshed))["token"]!;
        }

        Assert.Equal(1, await RunOnceAsync(host));

        var invitation = await stream.WaitForAsync(a => (string?)a["text"] == invitations.Invitation(OrderId), "the invitation");
        Assert.Equal("bot", (string?)invitation["from"]?["role"]);
        Assert.Equal(customer.ConversationId, (string?)invitation["conversation"]?["id"]);
        Assert.Equal(
            [invitations.RateNow, invitations.NotNow, invitations.StopSurveys],
            invitation["suggestedActions"]!["actions"]!.Select(a => (string)a["value"]!).ToList());

        // Tapping the button posts its text.
        await customer.SayAsync(invitations.RateNow, locale);
        await stream.WaitForAsync(a => (string?)a["text"] == t.SurveyAskCsat, "the survey's first question");
        var intro = stream.Activities.Last(a => DirectLineClient.IsBotMessage(a) && ((string?)a["text"] ?? string.Empty).Contains(OrderId, StringComparison.Ordinal));
        Assert.Contains("Nimbus X2", (string?)intro["text"], StringComparison.Ordinal);

        var schedule = await ScheduleAsync(host, OrderId);
        Assert.Equal(InvitationResponse.Accepted, schedule.Response);
        Assert.True(Assert.Single(await Store(host).ListSentAsync(Start, clock.GetUtcNow().AddDays(1), CancellationToken.None)).Answered);
        // Three days later: answered, so no reminder.
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await RunOnceAsync(host));
    }

    [Theory]
    [InlineData("en-US", Language.English, "hello")]
    [InlineData("es-ES", Language.Spanish, "hola")]
    public async Task Teams_TheInvitationGoesThroughTheConnectorToThePersonalChat_AndRateItNowStartsTheSurvey(string locale, Language language, string hello)
    {
        var t = Texts.For(language);
        var invitations = InvitationTexts.For(language);
        await using var connector = await ConnectorServer.StartAsync();
        var customer = new TeamsCustomer(connector.ServiceUrl, locale);
        var clock = Clock();
        customer.Host = await BotHost.StartAsync(Settings(customer.CustomerId), Services(clock));
        await using var host = customer.Host;
        // Teams tells the user's time zone in a clientInfo entity: Tokyo, where 10:00 UTC a week later is 19:00.
        var message = customer.Message(hello);
        message.Entities = [new Microsoft.Bot.Schema.Entity("clientInfo") { Properties = new JObject { ["locale"] = locale, ["timezone"] = "Asia/Tokyo" } }];
        await customer.PostAsync(message);
        await connector.WaitForAsync(c => c.ConversationId == customer.ConversationId);

        await DeliveredAsync(host, clock, OrderId, customer.CustomerId);
        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await RunOnceAsync(host));

        var invitation = await connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == invitations.Invitation(OrderId));
        Assert.Contains(invitation.Kind, new[] { "send", "reply" });
        // Three buttons in a personal chat: Teams shows them as suggested actions.
        Assert.Equal(
            [invitations.RateNow, invitations.NotNow, invitations.StopSurveys],
            invitation.Body["suggestedActions"]!["actions"]!.Select(a => (string)a["value"]!).ToList());

        await customer.SayAsync(invitations.RateNow);
        var csat = await connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.SurveyAskCsat);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)csat.Body["attachments"]![0]!["contentType"]);
        Assert.Contains(connector.TextsTo(customer.ConversationId), x => x.Contains(OrderId, StringComparison.Ordinal) && x.Contains("Nimbus X2", StringComparison.Ordinal));

        // Recorded where the customer was: Teams, the time zone it told, the language of the chat.
        var reference = await Store(host).GetReferenceAsync(customer.CustomerId, CancellationToken.None);
        Assert.Equal(("msteams", "Asia/Tokyo", language), (reference!.ChannelId, reference.TimeZone, reference.Language));
    }
}
