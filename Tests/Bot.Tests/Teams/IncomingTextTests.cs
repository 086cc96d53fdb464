using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Teams;

namespace SupportBot.Bot.Tests.Teams;

/// <summary>What the bot reads as the customer's words in a message: mentions of the bot taken out (not of others),
/// and a card button's answer when the text is empty.</summary>
public sealed class IncomingTextTests
{
    private static Activity Message(string? text, JToken? value = null, params (string Id, string Name)[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = text,
        Value = value,
        Recipient = new ChannelAccount("28:bot", "SupportBot"),
        From = new ChannelAccount("29:user"),
        Conversation = new ConversationAccount(id: "a:1"),
        Entities = [.. mentions.Select(m => (Entity)new Mention(new ChannelAccount(m.Id, m.Name), $"<at>{m.Name}</at>"))],
    };

    [Theory]
    [InlineData("<at>SupportBot</at> quiero valorar mi pedido", "quiero valorar mi pedido")]
    [InlineData("hola <at>SupportBot</at>\n", "hola")]
    [InlineData("<at>SupportBot</at>", "")]
    [InlineData("sin mención", "sin mención")]
    public void MentionOfTheBot_IsTakenOut(string text, string expected)
        => Assert.Equal(expected, IncomingText.Of(Message(text, null, ("28:bot", "SupportBot"))));

    [Fact]
    public void MentionOfSomeoneElse_StaysInTheText()
        => Assert.Equal("<at>Ana</at> mira esto", IncomingText.Of(Message("<at>SupportBot</at> <at>Ana</at> mira esto", null, ("28:bot", "SupportBot"), ("29:ana", "Ana"))));

    public static TheoryData<JToken?, string?> Submits() => new()
    {
        { new JObject { ["answer"] = "4" }, "4" },
        { new JObject { ["text"] = " sí " }, "sí" },
        { new JObject { ["value"] = 7 }, "7" },
        { new JObject { ["answer"] = true }, "true" },
        { new JValue("entrega"), "entrega" },
        { new JObject { ["action"] = "claim", ["escalationId"] = "e1" }, null },
        { new JObject { ["answer"] = new JObject { ["nested"] = "x" } }, null },
        { new JObject { ["answer"] = new string('a', CardSubmit.MaxLength + 1) }, null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Submits))]
    public void CardSubmit_ReadsTheButtonsAnswer(JToken? value, string? expected)
    {
        Assert.Equal(expected, CardSubmit.TextOf(Message(null, value)));
        Assert.Equal(expected ?? string.Empty, IncomingText.Of(Message(null, value)));
    }

    [Fact]
    public void TypedText_WinsOverAValue()
        => Assert.Null(CardSubmit.TextOf(Message("3", new JObject { ["answer"] = "4" })));

    [Theory]
    [InlineData("groupChat", false, null, false)]
    [InlineData("groupChat", true, null, true)]
    [InlineData("groupChat", false, "2", true)]
    [InlineData("personal", false, null, true)]
    public void GroupChats_AreAnsweredOnlyWhenAddressed(string conversationType, bool mention, string? answer, bool addressed)
    {
        var activity = Message(mention ? "<at>SupportBot</at> hola" : answer is null ? "hola a todos" : null,
            answer is null ? null : new JObject { ["answer"] = answer },
            mention ? [("28:bot", "SupportBot")] : []);
        activity.Conversation = new ConversationAccount(isGroup: conversationType == "groupChat", conversationType: conversationType, id: "19:x");
        Assert.Equal(addressed, TeamsScope.IsAddressedToBot(activity));
    }
}
