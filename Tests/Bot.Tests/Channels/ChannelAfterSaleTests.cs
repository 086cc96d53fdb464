using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Knowledge;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Bot.Tests.Channels;

/// <summary>After-sale questions on every channel, in both languages, over HTTP: an order's status with its carrier's
/// tracking link (a card button where cards show, the link in the text on SMS) and a help article (markdown read as plain
/// text where the channel shows none, the "was it helpful?" answered by number where there are no buttons).</summary>
public sealed class ChannelAfterSaleTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    [Theory]
    [MemberData(nameof(ChannelBot.Matrix), MemberType = typeof(ChannelBot))]
    public async Task OrderStatus_AndAHelpArticle_FitTheChannel(string channelId, string locale)
    {
        var customer = bot.Customer(channelId, locale);
        var (es, language) = (customer.Spanish, customer.Language);
        var o = OrderTexts.For(language);
        var k = KnowledgeTexts.For(language);

        var asked = ChannelCustomer.Texts(await customer.SayAsync(es ? "¿dónde está mi pedido 400104?" : "where is my order 400104?"));
        Assert.Contains(o.AskProof("400104"), asked);

        var status = await customer.SayAsync("46002");
        var links = status.SelectMany(Links).ToList();
        var link = Assert.Single(links.Where(l => l.StartsWith("https://", StringComparison.Ordinal)).Distinct());
        if (customer.Shape.HeroCards)
        {
            Assert.Contains(status, m => (m["attachments"] as JArray ?? []).Any(a => (string?)a["contentType"] == "application/vnd.microsoft.card.hero"));
        }
        else
        {
            Assert.Contains(status, m => ((string?)m["text"] ?? string.Empty).Contains(link, StringComparison.Ordinal));
        }

        var answer = await customer.SayAsync(es ? "¿cuánto cuesta el envío a Baleares?" : "how much is shipping to the Balearic Islands?");
        var title = es ? "Plazos y gastos de envío" : "Delivery times and shipping costs";
        var article = (string)answer[0]["text"]!;
        switch (channelId)
        {
            case "sms" or "telegram" or "facebook" or "whatsapp":
                Assert.StartsWith(title + "\n", article, StringComparison.Ordinal);
                break;
            case "slack":
                Assert.StartsWith("*" + title + "*", article, StringComparison.Ordinal);
                break;
            default:
                Assert.StartsWith("**" + title + "**", article, StringComparison.Ordinal);
                break;
        }

        var question = answer[^1];
        Assert.EndsWith(k.WasItHelpful, ((string)question["text"]!).Split("\n\n")[0], StringComparison.Ordinal);
        if (customer.Shape.Buttons)
        {
            Assert.Equal([Texts.For(language).Yes, Texts.For(language).No], ChannelAssert.Buttons(question));
        }
        else
        {
            Assert.EndsWith($"1. {Texts.For(language).Yes}\n2. {Texts.For(language).No}", (string)question["text"]!, StringComparison.Ordinal);
        }

        // A press on "Yes" where there are buttons; the option's number where there are none.
        var yes = customer.Shape.Buttons ? Texts.For(language).Yes : es ? "uno" : "1";
        Assert.Contains(ChannelCustomer.Texts(await customer.SayAsync(yes)), text => text.StartsWith(k.GladItHelped, StringComparison.Ordinal));
    }

    /// <summary>Links a message carries: card buttons that open a page, and links written in its text.</summary>
    private static IEnumerable<string> Links(JObject message)
    {
        foreach (var attachment in message["attachments"] as JArray ?? [])
        {
            foreach (var button in attachment["content"]?["buttons"] as JArray ?? [])
            {
                if ((string?)button["type"] == "openUrl" && (string?)button["value"] is { } url)
                {
                    yield return url;
                }
            }
        }

        foreach (var word in ((string?)message["text"] ?? string.Empty).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith("https://", StringComparison.Ordinal))
            {
                yield return word.TrimEnd('.', ')', ',');
            }
        }
    }
}
