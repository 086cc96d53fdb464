using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Channels;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;

namespace SupportBot.Dialogs.Tests.Channels;

/// <summary>The middleware on an adapter: every send goes through the renderer for the turn's channel, the numbered
/// options are recorded for the engine, and an update where messages cannot change arrives as a new message.</summary>
public sealed class ChannelRenderingTests
{
    private static TestAdapter Adapter(string channelId)
        => (TestAdapter)new TestAdapter(channelId) { Locale = "es-ES" }.Use(new ChannelRendering(new ConversationSettings(Language.Spanish, "SupportBot")));

    private static async Task SendMenuTypingAndUpdateAsync(ITurnContext turn, List<IReadOnlyList<string>?> recorded, CancellationToken cancellationToken)
    {
        await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        await turn.SendActivityAsync(MessageFactory.SuggestedActions(["Valorar", "Preguntar"], "¿Qué hacemos?", ssml: null, inputHint: null), cancellationToken);
        recorded.Add(ShownOptions.Recorded(turn));
        var update = MessageFactory.Text("Cambiado");
        update.Id = "1";
        await turn.UpdateActivityAsync(update, cancellationToken);
    }

    [Fact]
    public async Task Sms_GetsNoTyping_ANumberedList_AndTheUpdateAsANewMessage()
    {
        var recorded = new List<IReadOnlyList<string>?>();
        await new TestFlow(Adapter("sms"), (turn, ct) => SendMenuTypingAndUpdateAsync(turn, recorded, ct))
            .Send("hola")
            .AssertReply(a => Assert.Equal("¿Qué hacemos?\n\nResponde con el número de tu opción:\n1. Valorar\n2. Preguntar", a.AsMessageActivity().Text))
            .AssertReply("Cambiado")
            .StartTestAsync();

        Assert.Equal(["Valorar", "Preguntar"], Assert.Single(recorded));
    }

    [Fact]
    public async Task WebChat_GetsTyping_Buttons_AndNothingRecorded()
    {
        var recorded = new List<IReadOnlyList<string>?>();
        await new TestFlow(Adapter("webchat"), (turn, ct) => SendMenuTypingAndUpdateAsync(turn, recorded, ct))
            .Send("hola")
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a => Assert.Equal(["Valorar", "Preguntar"], a.AsMessageActivity().SuggestedActions.Actions.Select(b => b.Title)))
            .StartTestAsync();

        Assert.Empty(Assert.Single(recorded)!);
    }
}
