using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Channels;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Channels;

/// <summary>The satisfaction survey from greeting to thanks on every channel, in both languages, over HTTP: each channel
/// gets buttons only where it shows them (a card of buttons on Teams beyond three), otherwise a numbered list or "answer
/// with a number"; the answers typed the way a phone user types them are understood; what is stored is the same.</summary>
public sealed class ChannelSurveyTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    // A rating of 4 typed as customers of each channel would.
    private static string Four(string channelId, bool es) => channelId switch
    {
        "sms" => "⭐⭐⭐⭐",
        "telegram" or "webchat" => es ? "cuatro" : "four",
        "slack" => "4/5",
        _ => "4",
    };

    [Theory]
    [MemberData(nameof(ChannelBot.Matrix), MemberType = typeof(ChannelBot))]
    public async Task Survey_RunsToTheEnd_WithWhatTheChannelCanShow(string channelId, string locale)
    {
        var customer = bot.Customer(channelId, locale);
        var (es, language) = (customer.Spanish, customer.Language);
        var t = Texts.For(language);
        var c = ChannelTexts.For(language);
        var shape = customer.Shape;

        var menu = (await customer.SayAsync(es ? "hola" : "hello"))[^1];
        string[] options = [t.MenuSurvey, t.MenuQuestion, t.MenuPerson];
        if (channelId is "telegram" or "msteams" or "webchat" or "directline")
        {
            Assert.Equal(options, ChannelAssert.Buttons(menu));
        }
        else
        {
            // SMS and Slack show no buttons; Messenger cuts titles over 20 characters.
            Assert.Empty(ChannelAssert.Buttons(menu));
            var numbered = c.AnswerWithOptionNumber + "\n" + string.Join("\n", options.Select((o, i) => $"{i + 1}. {o}"));
            Assert.EndsWith("\n\n" + numbered, (string)menu["text"]!, StringComparison.Ordinal);
        }

        var csat = (await customer.SayAsync(es ? "uno" : "one"))[^1];
        Assert.StartsWith(t.SurveyAskCsat, (string)csat["text"]!, StringComparison.Ordinal);
        AssertNumbers(shape, csat, 1, 5, c);

        var nps = (await customer.SayAsync(Four(channelId, es)))[^1];
        Assert.StartsWith(t.SurveyAskNps, (string)nps["text"]!, StringComparison.Ordinal);
        AssertNumbers(shape, nps, 0, 10, c);

        var why = (await customer.SayAsync(es ? "nueve" : "nine"))[^1];
        Assert.StartsWith(t.SurveyAskWhyPromoter, (string)why["text"]!, StringComparison.Ordinal);

        var thanks = ChannelCustomer.Texts(await customer.SayAsync(es ? "Llegó muy rápido y todo perfecto" : "It arrived fast and everything was perfect"));
        Assert.Contains(thanks, text => text.StartsWith(t.SurveyThanksPromoter, StringComparison.Ordinal));

        var store = bot.Host.Services.GetRequiredService<ISurveyStore>();
        var record = Assert.Single(await store.ListByCustomerAsync(customer.CustomerId, CancellationToken.None));
        Assert.Equal((SurveyStatus.Completed, 4, 9, channelId, language), (record.Status, record.Csat, record.Nps, record.ChannelId, record.Language));
    }

    /// <summary>A question whose answers are the numbers <paramref name="min"/>..<paramref name="max"/>: buttons where
    /// they fit, a card of buttons on Teams beyond three, otherwise the range in words (never a list "1. 0, 2. 1...").</summary>
    private static void AssertNumbers(ChannelShape shape, Newtonsoft.Json.Linq.JObject message, int min, int max, ChannelTexts c)
    {
        var numbers = Enumerable.Range(min, max - min + 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var text = (string)message["text"]!;
        if (shape.MaxSuggestedActions >= numbers.Count)
        {
            Assert.Equal(numbers, ChannelAssert.Buttons(message));
        }
        else if (shape.AdaptiveCards)
        {
            Assert.Empty(ChannelAssert.Buttons(message));
            Assert.Equal(numbers, ChannelAssert.CardButtons(message));
        }
        else
        {
            Assert.Empty(ChannelAssert.Buttons(message));
            Assert.EndsWith("\n\n" + c.AnswerWithNumber(min, max), text, StringComparison.Ordinal);
            Assert.DoesNotContain("1. ", text, StringComparison.Ordinal);
        }
    }
}
