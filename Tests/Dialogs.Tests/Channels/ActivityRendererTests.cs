using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Channels;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Channels;

public sealed class ActivityRendererTests
{
    private static Activity Menu(params string[] buttons)
        => (Activity)MessageFactory.SuggestedActions(buttons, "¿Qué quieres hacer?", ssml: null, inputHint: InputHints.ExpectingInput);

    private static Activity Numbers(int min, int max)
        => Menu([.. Enumerable.Range(min, max - min + 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    [Fact]
    public void Sms_ButtonsBecomeANumberedList_WhoseValuesAreRecorded()
    {
        var rendered = ActivityRenderer.Render(Menu("Valorar mi compra", "Tengo una pregunta", "Hablar con una persona"), ChannelProfiles.Sms, Language.Spanish);

        var message = Assert.Single(rendered.Activities);
        Assert.Null(message.SuggestedActions);
        Assert.Equal(
            "¿Qué quieres hacer?\n\nResponde con el número de tu opción:\n1. Valorar mi compra\n2. Tengo una pregunta\n3. Hablar con una persona",
            message.Text);
        Assert.Equal(["Valorar mi compra", "Tengo una pregunta", "Hablar con una persona"], rendered.NumberedOptions);
    }

    [Theory]
    [InlineData(1, 5, Language.Spanish, "Responde con un número del 1 al 5.")]
    [InlineData(0, 10, Language.English, "Answer with a number from 0 to 10.")]
    public void NumberButtons_BecomeARange_NotAListOfNumbers(int min, int max, Language language, string hint)
    {
        var rendered = ActivityRenderer.Render(Numbers(min, max), ChannelProfiles.Sms, language);

        var message = Assert.Single(rendered.Activities);
        Assert.EndsWith("\n\n" + hint, message.Text, StringComparison.Ordinal);
        Assert.Empty(rendered.NumberedOptions!);
    }

    [Fact]
    public void Facebook_KeepsQuickReplies_UpToTen_WithShortTitles()
    {
        var kept = ActivityRenderer.Render(Numbers(1, 5), ChannelProfiles.Facebook, Language.English);
        var tooMany = ActivityRenderer.Render(Numbers(0, 10), ChannelProfiles.Facebook, Language.English);
        var tooLong = ActivityRenderer.Render(Menu("Rate my purchase", "Talk to a person about it"), ChannelProfiles.Facebook, Language.English);

        Assert.Equal(5, Assert.Single(kept.Activities).SuggestedActions.Actions.Count);
        Assert.Null(Assert.Single(tooMany.Activities).SuggestedActions);
        Assert.Contains("from 0 to 10", tooMany.Activities[0].Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(tooLong.Activities).SuggestedActions);
        Assert.Equal(["Rate my purchase", "Talk to a person about it"], tooLong.NumberedOptions);
    }

    [Fact]
    public void Teams_MoreThanThreeButtons_BecomeACardOfButtons()
    {
        var rendered = ActivityRenderer.Render(Numbers(1, 5), ChannelProfiles.Teams, Language.Spanish);

        var message = Assert.Single(rendered.Activities);
        Assert.Null(message.SuggestedActions);
        var card = (JObject)Assert.Single(message.Attachments).Content;
        Assert.Equal(["1", "2", "3", "4", "5"], card["body"]![0]!["actions"]!.Select(a => (string)a["data"]!["answer"]!));
        Assert.Equal("¿Qué quieres hacer?", message.Text);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("telegram")]
    public void RichChannels_KeepTheButtons(string channelId)
    {
        var rendered = ActivityRenderer.Render(Numbers(0, 10), ChannelProfiles.For(channelId), Language.Spanish);

        var message = Assert.Single(rendered.Activities);
        Assert.Equal(11, message.SuggestedActions.Actions.Count);
        Assert.Equal("¿Qué quieres hacer?", message.Text);
    }

    [Fact]
    public void HeroCard_OnSms_BecomesTextWithItsLink()
    {
        var activity = (Activity)MessageFactory.Text("Tu pedido 400104 va de camino con SEUR.");
        activity.TextFormat = TextFormatTypes.Plain;
        activity.Attachments = [new HeroCard { Title = "SEUR", Buttons = [new CardAction(ActionTypes.OpenUrl, "Seguir el envío", value: "https://seur.example/t/123")] }.ToAttachment()];

        var message = Assert.Single(ActivityRenderer.Render(activity, ChannelProfiles.Sms, Language.Spanish).Activities);

        Assert.Empty(message.Attachments);
        Assert.Equal("Tu pedido 400104 va de camino con SEUR.\n\nSEUR\nSeguir el envío: https://seur.example/t/123", message.Text);
    }

    [Fact]
    public void HeroCard_WithTooManyButtons_OnFacebook_BecomesTextAndNumberedAnswers()
    {
        var activity = (Activity)MessageFactory.Text("Elige:");
        activity.Attachments =
        [
            new HeroCard
            {
                Title = "Opciones",
                Buttons = [.. new[] { "Uno", "Dos", "Tres", "Cuatro" }.Select(b => new CardAction(ActionTypes.ImBack, b, value: b.ToUpperInvariant()))],
            }.ToAttachment(),
        ];

        var rendered = ActivityRenderer.Render(activity, ChannelProfiles.Facebook, Language.Spanish);

        var message = Assert.Single(rendered.Activities);
        Assert.Empty(message.Attachments);
        Assert.Contains("1. Uno\n2. Dos\n3. Tres\n4. Cuatro", message.Text, StringComparison.Ordinal);
        Assert.Equal(["UNO", "DOS", "TRES", "CUATRO"], rendered.NumberedOptions);
    }

    [Fact]
    public void AdaptiveCard_OnTelegram_BecomesItsTextAndAnswers()
    {
        var activity = (Activity)MessageFactory.Attachment(new Attachment
        {
            ContentType = CardSummary.AdaptiveContentType,
            Content = JObject.Parse("""
                {"type":"AdaptiveCard","version":"1.4","body":[
                  {"type":"TextBlock","text":"Pedido 400101"},
                  {"type":"FactSet","facts":[{"title":"Estado","value":"Entregado"}]}],
                 "actions":[{"type":"Action.OpenUrl","title":"Factura","url":"https://shop.example/f/1"},
                            {"type":"Action.Submit","title":"Devolver","data":{"answer":"quiero devolverlo"}}]}
                """),
        });

        var rendered = ActivityRenderer.Render(activity, ChannelProfiles.Telegram, Language.Spanish);

        var message = Assert.Single(rendered.Activities);
        Assert.Empty(message.Attachments);
        Assert.Equal("Pedido 400101\nEstado: Entregado\nFactura: https://shop.example/f/1\n\nResponde con el número de tu opción:\n1. Devolver", message.Text);
        Assert.Equal(["quiero devolverlo"], rendered.NumberedOptions);
    }

    [Fact]
    public void InlineFile_WhereFilesCannotTravel_IsExplained()
    {
        var activity = (Activity)MessageFactory.Text("Aquí tienes tu factura.");
        activity.Attachments = [new Attachment { ContentType = "application/pdf", Name = "factura-F1.pdf", ContentUrl = "data:application/pdf;base64,JVBERi0=" }];

        var sms = Assert.Single(ActivityRenderer.Render(activity, ChannelProfiles.Sms, Language.Spanish).Activities);

        Assert.Empty(sms.Attachments);
        Assert.Equal("Aquí tienes tu factura.\n\n" + ChannelTexts.Spanish.FileNotShown("factura-F1.pdf"), sms.Text);
    }

    [Fact]
    public void LongText_IsSplit_AndOnlyTheLastPartCarriesTheButtons()
    {
        var article = string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"**Punto {i}.** " + string.Join(' ', Enumerable.Repeat("Texto de ayuda.", 8))));
        var activity = (Activity)MessageFactory.SuggestedActions(["Sí", "No"], article, ssml: null, inputHint: null);
        activity.Conversation = new ConversationAccount(id: "c1");
        activity.ReplyToId = "m1";

        var rendered = ActivityRenderer.Render(activity, ChannelProfiles.Sms, Language.Spanish);

        Assert.True(rendered.Activities.Count > 1);
        Assert.All(rendered.Activities, a => Assert.InRange(a.Text.Length, 1, 1600));
        Assert.All(rendered.Activities, a => Assert.DoesNotContain("**", a.Text, StringComparison.Ordinal));
        Assert.All(rendered.Activities, a => Assert.Equal(("c1", "m1"), (a.Conversation.Id, a.ReplyToId)));
        Assert.Same(activity, rendered.Activities[^1]);
        Assert.EndsWith("1. Sí\n2. No", rendered.Activities[^1].Text, StringComparison.Ordinal);
        Assert.All(rendered.Activities.SkipLast(1), a => Assert.DoesNotContain("1. Sí", a.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sms", 0)]
    [InlineData("slack", 0)]
    [InlineData("telegram", 1)]
    [InlineData("webchat", 1)]
    public void Typing_IsSentOnlyWhereItShows(string channelId, int sent)
        => Assert.Equal(sent, ActivityRenderer.Render(new Activity(ActivityTypes.Typing), ChannelProfiles.For(channelId), Language.English).Activities.Count);

    [Fact]
    public void PlainText_IsNeverReadAsMarkdown()
    {
        var activity = (Activity)MessageFactory.Text("Ana: **no** te preocupes");
        activity.TextFormat = TextFormatTypes.Plain;

        Assert.Equal("Ana: **no** te preocupes", Assert.Single(ActivityRenderer.Render(activity, ChannelProfiles.Sms, Language.Spanish).Activities).Text);
    }
}
