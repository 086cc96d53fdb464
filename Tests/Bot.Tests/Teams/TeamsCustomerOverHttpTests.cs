using System.IO.Compression;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.TeamsApp;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Teams;

namespace SupportBot.Bot.Tests.Teams;

/// <summary>Customers on Microsoft Teams through the real adapter over HTTP, with Teams-shaped activities and a local
/// Bot Connector server that receives the bot's replies: the greeting on install, the @mention taken out of the text,
/// survey buttons sent as a card and answered by pressing them, and group chats answered only when addressed.</summary>
public sealed class TeamsCustomerOverHttpTests : IAsyncLifetime
{
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private static Dictionary<string, string?> Settings(TeamsCustomer customer) => new()
    {
        ["DemoOrders:Orders:0:CustomerId"] = customer.CustomerId,
        ["DemoOrders:Orders:0:OrderId"] = "10234",
        ["DemoOrders:Orders:0:Product"] = "Nimbus X2",
        ["DemoOrders:Orders:0:DeliveredOn"] = "2026-11-12",
    };

    private async Task<(BotHost Host, TeamsCustomer Customer, Inbox Inbox)> StartAsync(string locale, bool groupChat)
    {
        var customer = new TeamsCustomer(_connector.ServiceUrl, locale, groupChat);
        customer.Host = await BotHost.StartAsync(Settings(customer));
        return (customer.Host, customer, new Inbox(_connector, customer.ConversationId));
    }

    /// <summary>The bot's messages to one conversation, taken in the order they arrived.</summary>
    private sealed class Inbox(ConnectorServer connector, string conversationId)
    {
        private int _seen;

        public string ConversationId => conversationId;

        public List<ConnectorCall> Take()
        {
            var all = connector.Calls.Where(c => c.Kind is "send" or "reply" && c.ConversationId == conversationId).ToList();
            var fresh = all.Skip(_seen).ToList();
            _seen = all.Count;
            return fresh;
        }
    }

    private static List<string> Answers(JToken card)
        => card["body"]!.SelectMany(row => row["actions"]!).Select(a => (string)a["data"]![CardSubmit.AnswerField]!).ToList();

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero valorar mi pedido 10234")]
    [InlineData("en-US", Language.English, "I want to rate my order #10234")]
    public async Task PersonalChat_GreetsOnceOnInstall_TakesOutTheMention_AndCardButtonsAnswerTheSurvey(string locale, Language language, string start)
    {
        var t = Texts.For(language);
        var (host, customer, inbox) = await StartAsync(locale, groupChat: false);
        await using var running = host;
        var brand = host.Services.GetRequiredService<ConversationSettings>().BrandName;

        // Installing the app in personal scope: Teams adds the bot to the chat; it speaks first, in the locale's language.
        await customer.PostAsync(customer.MembersAdded(TeamsCustomer.BotId));
        var greeting = Assert.Single(inbox.Take());
        Assert.Equal(t.Welcome(brand) + " " + t.MenuPrompt, greeting.Text);
        // Three menu options: Teams shows them as suggested actions in a personal chat.
        Assert.Equal(3, greeting.Body["suggestedActions"]!["actions"]!.Count());

        // Teams may tell of the installation again (and of the user): no second welcome.
        await customer.PostAsync(customer.MembersAdded(TeamsCustomer.BotId));
        await customer.PostAsync(customer.MembersAdded(customer.UserId));
        Assert.Empty(inbox.Take());

        // A mention of the bot is not part of what the customer says.
        await customer.SayAsync(start, mention: true);
        var opening = inbox.Take();
        Assert.Equal(t.SurveyAskCsat, opening[^1].Text);
        Assert.Contains("10234", opening[^2].Text, StringComparison.Ordinal);
        // Five ratings: more than Teams shows as suggested actions, so they come as a card of buttons.
        var csatCard = opening[^1].Card!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)opening[^1].Body["attachments"]![0]!["contentType"]);
        Assert.Null(opening[^1].Body["suggestedActions"]);
        Assert.Equal(["1", "2", "3", "4", "5"], Answers(csatCard));

        // Pressing "2": a message with no text and the button's data as its value.
        await customer.PressAsync(csatCard["body"]![0]!["actions"]![1]!["data"]!);
        var nps = Assert.Single(inbox.Take());
        Assert.Equal(t.SurveyAskNps, nps.Text);
        var npsCard = nps.Card!;
        Assert.Equal(Enumerable.Range(0, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Answers(npsCard));
        Assert.All(npsCard["body"]!, row => Assert.InRange(row["actions"]!.Count(), 1, TeamsChoiceCard.ButtonsPerRow));

        await customer.PressAsync(new JObject { ["answer"] = "3" });
        Assert.Equal(t.SurveyAskWhyDetractor, Assert.Single(inbox.Take()).Text);

        // The transcript agents get on escalation has the customer's words and presses, not the mention markup.
        var transcript = await host.Services.GetRequiredService<ConversationTranscript>().GetAsync(inbox.ConversationId, CancellationToken.None);
        var said = transcript.Where(l => l.Sender == TranscriptSender.Customer).Select(l => l.Text).ToList();
        Assert.Equal([start, "2", "3"], said);
        Assert.Contains(transcript, l => l.Sender == TranscriptSender.Bot && l.Text == t.SurveyAskNps);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero valorar mi pedido 10234")]
    [InlineData("en-US", Language.English, "I want to rate my order #10234")]
    public async Task GroupChat_GreetsOnceWhenAdded_AndAnswersOnlyMentionsAndButtonPresses(string locale, Language language, string start)
    {
        var t = Texts.For(language);
        var (host, customer, inbox) = await StartAsync(locale, groupChat: true);
        await using var running = host;
        var brand = host.Services.GetRequiredService<ConversationSettings>().BrandName;

        await customer.PostAsync(customer.MembersAdded(TeamsCustomer.BotId, customer.UserId));
        var hello = inbox.Take();
        Assert.Equal(2, hello.Count);
        Assert.Equal(TeamsCustomerTexts.For(language).GroupChatHowTo(TeamsCustomer.BotName), hello[0].Text);
        Assert.Equal(t.Welcome(brand) + " " + t.MenuPrompt, hello[1].Text);
        // In a group chat a suggested action would post a message without a mention, which the bot never hears: a card.
        Assert.Null(hello[1].Body["suggestedActions"]);
        Assert.Equal(3, Answers(hello[1].Card!).Count);

        // People joining later, or the same event again, are not greeted.
        await customer.PostAsync(customer.MembersAdded("29:" + Guid.NewGuid().ToString("D")));
        await customer.PostAsync(customer.MembersAdded(TeamsCustomer.BotId));
        Assert.Empty(inbox.Take());

        // Talk among the chat's members is not for the bot, and not kept in its transcript.
        await customer.SayAsync(start);
        Assert.Empty(inbox.Take());
        var transcript = host.Services.GetRequiredService<ConversationTranscript>();
        Assert.DoesNotContain(await transcript.GetAsync(inbox.ConversationId, CancellationToken.None), l => l.Sender == TranscriptSender.Customer);

        await customer.SayAsync(start, mention: true);
        var csat = inbox.Take()[^1];
        Assert.Equal(t.SurveyAskCsat, csat.Text);

        // A button press needs no mention.
        await customer.PressAsync(csat.Card!["body"]![0]!["actions"]![0]!["data"]!);
        Assert.Equal(t.SurveyAskNps, Assert.Single(inbox.Take()).Text);
        var said = (await transcript.GetAsync(inbox.ConversationId, CancellationToken.None)).Where(l => l.Sender == TranscriptSender.Customer).Select(l => l.Text);
        Assert.Equal([start, "1"], said);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task EveryCommandOfTheAppManifest_IsUnderstood_InItsLanguage(string locale, Language language)
    {
        var t = Texts.For(language);
        using var zip = new ZipArchive(new MemoryStream(TeamsAppPackage.Build(Guid.NewGuid(), new TeamsAppOptions { BaseUrl = "https://bot.example.com" })));
        JsonNode Read(string entry)
        {
            using var stream = zip.GetEntry(entry)!.Open();
            return JsonNode.Parse(stream)!;
        }

        var manifest = Read(TeamsAppPackage.ManifestEntry);
        var es = Read(TeamsAppPackage.SpanishEntry);
        var count = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Count;
        var titles = Enumerable.Range(0, count)
            .Select(i => language == Language.Spanish
                ? (string)es[$"bots[0].commandLists[0].commands[{i}].title"]!
                : (string)manifest["bots"]![0]!["commandLists"]![0]!["commands"]![i]!["title"]!)
            .ToList();

        var (host, _, _) = await StartAsync(locale, groupChat: false);
        await using var running = host;
        foreach (var title in titles)
        {
            // Each command in a chat of its own, after the greeting, as a customer picking it from the command menu.
            var customer = new TeamsCustomer(_connector.ServiceUrl, locale) { Host = host };
            var inbox = new Inbox(_connector, customer.ConversationId);
            await customer.PostAsync(customer.MembersAdded(TeamsCustomer.BotId));
            Assert.Single(inbox.Take());
            await customer.SayAsync(title);
            var replies = inbox.Take().Select(c => c.Text).ToList();
            Assert.NotEmpty(replies);
            Assert.DoesNotContain(t.MenuNotUnderstood, replies);
        }
    }
}
