using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.AfterSale;
using SupportBot.Dialogs.Knowledge;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Tests.Knowledge;
using SupportBot.Dialogs.Tests.Orders;
using static SupportBot.Dialogs.Tests.Engine.EngineHarness;
using static SupportBot.Dialogs.Tests.Orders.OrderHarness;

namespace SupportBot.Dialogs.Tests.Main;

/// <summary>Where free text goes from the main dialog, after the welcome: the knowledge base for questions (general ones
/// about an order topic too), an order dialog for an action on one order, a friendly line for small talk.</summary>
public sealed class FreeTextRoutingTests
{
    [Theory]
    [InlineData(Language.English, "customer service opening hours")]
    [InlineData(Language.Spanish, "horario de atencion al cliente")]
    [InlineData(Language.English, "please delete my account and all my personal data")]
    [InlineData(Language.English, "how do I close my account? GDPR")]
    [InlineData(Language.Spanish, "¿cómo se hace una paella?")]
    [InlineData(Language.English, "who won the world cup")]
    public async Task QuestionWithoutRoute_IsAskedOfTheKnowledgeBase(Language language, string text)
        => await AssertAskedOfTheKnowledgeBaseAsync(language, text);

    [Theory]
    [InlineData(Language.English, "how long does a refund take?")]
    [InlineData(Language.Spanish, "cuanto tardais en devolverme el dinero de una devolucion")]
    [InlineData(Language.Spanish, "cuanto dura la garantia")]
    [InlineData(Language.English, "how long is the warranty")]
    [InlineData(Language.Spanish, "como devuelvo un producto")]
    [InlineData(Language.Spanish, "me falta un articulo en el paquete")]
    [InlineData(Language.English, "can i change my delivery adress?")]
    [InlineData(Language.English, "I need a VAT invoice for my company with our VAT number")]
    [InlineData(Language.Spanish, "¿puedo pedir factura a nombre de mi empresa?")]
    public async Task GeneralQuestionOnAnOrderTopic_IsAskedOfTheKnowledgeBase(Language language, string text)
        => await AssertAskedOfTheKnowledgeBaseAsync(language, text);

    [Theory]
    [InlineData(Language.Spanish, "buenas tardes")]
    [InlineData(Language.Spanish, "hola?")]
    [InlineData(Language.English, "hello?")]
    [InlineData(Language.English, "good morning")]
    [InlineData(Language.Spanish, "adiós")]
    [InlineData(Language.English, "bye")]
    public async Task GreetingOrGoodbye_GetsAFriendlyReplyAndTheMenu(Language language, string greeting)
    {
        var t = Texts.For(language);
        await new OrderHarness().Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(greeting).AssertReply(Says(RoutingTexts.For(language).ReplyTo(SmallTalk.Recognize(greeting))!))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Spanish, "¡gracias!", "¡De nada!")]
    [InlineData(Language.English, "thanks", "You're welcome!")]
    [InlineData(Language.Spanish, "nada, da igual", "De acuerdo.")]
    [InlineData(Language.English, "that's all", "No problem.")]
    public async Task ClosingSmallTalk_IsAnsweredAndTheMenuOffered(Language language, string text, string reply)
    {
        var t = Texts.For(language);
        await new OrderHarness().Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(text).AssertReply(Says(reply + " " + t.AnythingElse))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Spanish, "asdf")]
    [InlineData(Language.English, "ok")]
    public async Task AWordThatSaysNothing_IsNotUnderstood(Language language, string text)
    {
        var t = Texts.For(language);
        await new OrderHarness().Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(text).AssertReply(Says(t.MenuNotUnderstood))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Spanish, "me doy de baja, me voy a la competencia")]
    [InlineData(Language.English, "cancel my subscription, I'm switching to a competitor")]
    public async Task Churn_IsAcknowledgedAndEscalatedToRetentionFirst(Language language, string text)
    {
        var t = Texts.For(language);
        var harness = new OrderHarness();
        await harness.Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(text).AssertReply(Says(RoutingTexts.For(language).ChurnAcknowledgement))
            .AssertReply(Says(t.HandoffQueued(1, TimeSpan.FromMinutes(5))))
            .StartTestAsync();

        var escalation = Assert.Single(harness.Desk.Escalations);
        Assert.Equal(new[] { EscalationReason.ChurnIntent }, escalation.Decision.Reasons);
        Assert.Equal(EscalationPriority.Urgent, escalation.Decision.Priority);
    }

    [Theory]
    [InlineData(Language.Spanish, "quiero hablar con una persona")]
    [InlineData(Language.English, "I want to talk to a person")]
    [InlineData(Language.English, "can I talk to a person please")]
    [InlineData(Language.Spanish, "¿puedo hablar con una persona?")]
    public async Task AskingForAPerson_QueuesWithoutAskingAgain(Language language, string text)
    {
        var t = Texts.For(language);
        var harness = new OrderHarness();
        await harness.Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(text).AssertReply(Says(t.HandoffQueued(1, TimeSpan.FromMinutes(5))))
            .StartTestAsync();

        var escalation = Assert.Single(harness.Desk.Escalations);
        Assert.Equal(new[] { EscalationReason.CustomerRequest }, escalation.Decision.Reasons);
    }

    [Theory]
    [InlineData(Language.Spanish, "¿cuánto tarda el envío?", "¡gracias!", "¡De nada!")]
    [InlineData(Language.Spanish, "¿cuánto tarda el envío?", "adios", "¡Hasta pronto! Aquí estaré si necesitas algo.")]
    [InlineData(Language.Spanish, "¿cuánto tarda el envío?", "nada, da igual", "De acuerdo.")]
    [InlineData(Language.English, "how long does shipping take?", "thanks", "You're welcome!")]
    [InlineData(Language.English, "how long does shipping take?", "bye", "Goodbye! I'm here if you need anything.")]
    [InlineData(Language.English, "how long does shipping take?", "that's all, thanks", "You're welcome!")]
    public async Task AfterAnAnswer_ThanksOrGoodbyeEndsTheQuestionPolitely(Language language, string question, string closing, string reply)
    {
        var t = Texts.For(language);
        var harness = new OrderHarness();
        harness.Knowledge.Answer(question, KnowledgeMatch.Confident, "shipping").Answer(closing, KnowledgeMatch.Confident, "returns");
        await harness.Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(question).AssertReply(StartsWith("**" + FakeKnowledgeBase.Article("shipping", language).Title))
            .AssertReply(Says(KnowledgeTexts.For(language).WasItHelpful))
            .Send(closing).AssertReply(Says(reply))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        Assert.Equal(new[] { MainDialog.DialogId }, harness.Stack);
        Assert.Empty(harness.Desk.Escalations);
    }

    [Theory]
    [InlineData(Language.Spanish, "¿dónde está mi pedido 400101?")]
    [InlineData(Language.English, "where is my order 400101")]
    public async Task FromTheQuestionButton_AnOrderActionGoesToItsOrderDialog(Language language, string text)
    {
        var t = Texts.For(language);
        var harness = new OrderHarness();
        await harness.Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(t.MenuQuestion).AssertReply(Says(t.QuestionAsk))
            .Send(text).AssertReply(Says(OrderTexts.For(language).AskProof("400101")))
            .StartTestAsync();

        Assert.Contains(OrderStatusDialog.DialogId, harness.Stack);
    }

    [Theory]
    [InlineData(Language.Spanish, "¿cuánto dura la garantía?")]
    [InlineData(Language.English, "how long is the warranty?")]
    public async Task FromTheQuestionButton_AGeneralQuestionStaysWithTheKnowledgeBase(Language language, string text)
    {
        var t = Texts.For(language);
        var harness = new OrderHarness();
        await harness.Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(t.MenuQuestion).AssertReply(Says(t.QuestionAsk))
            .Send(text).AssertReply(Says(KnowledgeTexts.For(language).Rephrase))
            .StartTestAsync();

        Assert.Equal(new[] { MainDialog.DialogId, KnowledgeDialog.DialogId }, harness.Stack);
    }

    [Theory]
    [InlineData(Language.Spanish, "¿teneis telefono?")]
    [InlineData(Language.English, "whats your phone number")]
    public async Task AQuestionAboutReachingUs_IsConfirmedFirst(Language language, string text)
        => await AssertConfirmedFirstAsync(language, text);

    [Theory]
    [InlineData(Language.Spanish)]
    [InlineData(Language.English)]
    public async Task ThePersonMenuButton_IsConfirmedFirst(Language language) => await AssertConfirmedFirstAsync(language, Texts.For(language).MenuPerson);

    private static async Task AssertConfirmedFirstAsync(Language language, string text)
    {
        var t = Texts.For(language);
        var harness = new OrderHarness();
        await harness.Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(text).AssertReply(Says(t.HandoffConfirm))
            .StartTestAsync();

        Assert.Empty(harness.Desk.Escalations);
    }

    private static async Task AssertAskedOfTheKnowledgeBaseAsync(Language language, string text)
    {
        var harness = new OrderHarness();
        await harness.Flow(language)
            .Send(text).AssertReply(StartsWith(Texts.For(language).Welcome(Brand)))
            .AssertReply(Says(KnowledgeTexts.For(language).Rephrase))
            .StartTestAsync();

        Assert.Equal(new[] { MainDialog.DialogId, KnowledgeDialog.DialogId }, harness.Stack);
    }
}
