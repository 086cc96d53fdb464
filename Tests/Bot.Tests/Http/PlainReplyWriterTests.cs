using System.Buffers;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.BotFramework;

namespace SupportBot.Bot.Tests.Http;

/// <summary>The plain-reply writer against the Bot Framework's serializer: the same JSON document for every plain
/// reply, and a refusal for everything else.</summary>
public sealed class PlainReplyWriterTests
{
    private static readonly string[] Pieces =
    [
        "hola", "¿Qué tal?", "ñandú", "😀", "\"quoted\"", "back\\slash", "<script>alert(1)</script>", "a&b", "\u0001", "\t\r\n",
        "\u2028", "'", "/", "ünïcödé", "漢字", "\u200d", "", " ", "1", "https://shop.example/a?b=c&d=e",
    ];

    [Fact]
    public void RandomPlainReplies_AreTheSerializersJsonDocument()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 500; i++)
        {
            var replies = new ExpectedReplies([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomPlain(random))]);
            Assert.True(PlainReplyWriter.TryEncode(replies, out var bytes, out var length), $"case {i} declined");
            try
            {
                var written = JToken.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length));
                var expected = JToken.Parse(JsonConvert.SerializeObject(replies, HttpHelper.BotMessageSerializerSettings));
                Assert.True(JToken.DeepEquals(expected, written), $"case {i}:\n{expected.ToString(Formatting.None)}\n{written.ToString(Formatting.None)}");
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    public static TheoryData<string> NotPlain => new()
    {
        "timestamp", "channelData", "attachment", "entity", "value", "name", "fromProperties", "conversationProperties",
        "activityProperties", "actionImage", "actionObjectValue", "actionsMissing", "relatesTo",
    };

    [Theory]
    [MemberData(nameof(NotPlain))]
    public void AnythingBeyondAPlainMessage_IsLeftToTheSerializer(string field)
    {
        var activity = Plain("hola");
        switch (field)
        {
            case "timestamp": activity.Timestamp = DateTimeOffset.UnixEpoch; break;
            case "channelData": activity.ChannelData = new { notification = new { alert = true } }; break;
            case "attachment": activity.Attachments = [new Attachment("application/vnd.microsoft.card.hero", content: new HeroCard("t"))]; break;
            case "entity": activity.Entities = [new Entity("mention")]; break;
            case "value": activity.Value = new { action = "rate" }; break;
            case "name": activity.Name = "handoff"; break;
            case "fromProperties": activity.From.Properties = new JObject { ["x"] = 1 }; break;
            case "conversationProperties": activity.Conversation.Properties = new JObject { ["x"] = 1 }; break;
            case "activityProperties": activity.Properties = new JObject { ["x"] = 1 }; break;
            case "actionImage": activity.SuggestedActions = new SuggestedActions(actions: [new CardAction("imBack", "1", image: "https://i.example/1.png", value: "1")]); break;
            case "actionObjectValue": activity.SuggestedActions = new SuggestedActions(actions: [new CardAction("postBack", "1", value: new { score = 1 })]); break;
            case "actionsMissing": activity.SuggestedActions = new SuggestedActions(); break;
            case "relatesTo": activity.RelatesTo = new ConversationReference(); break;
        }

        Assert.False(PlainReplyWriter.IsPlain(activity));
        Assert.False(PlainReplyWriter.TryEncode(new ExpectedReplies([Plain("first"), activity]), out _, out _));
    }

    [Fact]
    public void ALoneSurrogate_ComesOutAsTheReplacementCharacter_AsFromTheSerializer_AndTheNextReplyIsClean()
    {
        var broken = new ExpectedReplies([Plain("broken \ud800 half")]);
        Assert.True(PlainReplyWriter.TryEncode(broken, out var bytes, out var length));
        var written = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        ArrayPool<byte>.Shared.Return(bytes);
        var serializer = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(broken, HttpHelper.BotMessageSerializerSettings)));
        Assert.Equal("broken \ufffd half", (string?)JObject.Parse(written)["activities"]![0]!["text"]);
        Assert.True(JToken.DeepEquals(JToken.Parse(serializer), JToken.Parse(written)));

        Assert.True(PlainReplyWriter.TryEncode(new ExpectedReplies([Plain("entero")]), out bytes, out length));
        var json = Encoding.UTF8.GetString(bytes, 0, length);
        ArrayPool<byte>.Shared.Return(bytes);
        Assert.Equal("{\"activities\":[{", json[..16]);
        Assert.Equal("entero", (string?)JObject.Parse(json)["activities"]![0]!["text"]);
    }

    private static Activity Plain(string text) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = "https://smba.example/emea/",
        ChannelId = "webchat",
        From = new ChannelAccount("bot", "SupportBot"),
        Conversation = new ConversationAccount(id: "c-1"),
        Recipient = new ChannelAccount("u-1"),
        Locale = "es-ES",
        Text = text,
        InputHint = InputHints.AcceptingInput,
        Attachments = [],
        Entities = [],
    };

    private static Activity RandomPlain(Random random)
    {
        string? Maybe() => random.Next(3) == 0 ? null : Text();
        string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        ChannelAccount? Account() => random.Next(5) == 0 ? null : new ChannelAccount(Maybe(), Maybe(), Maybe(), Maybe());
        return new Activity
        {
            Type = random.Next(4) == 0 ? ActivityTypes.Typing : ActivityTypes.Message,
            Id = Maybe(),
            ServiceUrl = Maybe(),
            ChannelId = Maybe(),
            From = Account(),
            Recipient = Account(),
            Conversation = random.Next(5) == 0
                ? null
                : new ConversationAccount(random.Next(3) switch { 0 => null, 1 => true, _ => false }, Maybe(), Maybe(), Maybe(), Maybe(), Maybe(), Maybe()),
            TextFormat = random.Next(2) == 0 ? null : TextFormatTypes.Markdown,
            Locale = Maybe(),
            Text = Maybe(),
            Speak = Maybe(),
            InputHint = Maybe(),
            ReplyToId = Maybe(),
            SuggestedActions = random.Next(2) == 0
                ? null
                : new SuggestedActions(
                    random.Next(2) == 0 ? null : [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Text())],
                    [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => new CardAction(ActionTypes.ImBack, Maybe(), text: Maybe(), displayText: Maybe(), value: Maybe()))]),
            Attachments = random.Next(2) == 0 ? null : [],
            Entities = random.Next(2) == 0 ? null : [],
        };
    }
}
