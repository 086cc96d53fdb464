using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Orders;
using static SupportBot.Bot.Tests.Conversation.ConversationHarness;

namespace SupportBot.Bot.Tests.Conversation;

public sealed class MainDialogTests
{
    private readonly ConversationHarness _harness = new();

    public static TheoryData<string, Language> Locales => new()
    {
        { "es-ES", Language.Spanish },
        { "en-US", Language.English },
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task NewCustomer_IsWelcomedWithTheMenu_ReturningOneIsWelcomedBack(string locale, Language language)
    {
        var t = Texts.For(language);
        var flow = _harness.Flow(locale);
        await flow
            .Send("hola").AssertReply(Says(t.Welcome("SupportBot") + " " + t.MenuPrompt))
            .StartTestAsync();

        await _harness.Flow(locale)
            .Send("hola").AssertReply(Says(t.WelcomeBack("SupportBot") + " " + t.MenuPrompt))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("es-ES", "quiero valorar mi compra", Language.Spanish)]
    [InlineData("es-ES", "Valorar mi compra", Language.Spanish)]
    [InlineData("es-ES", "1", Language.Spanish)]
    [InlineData("en-US", "I'd like to give feedback", Language.English)]
    [InlineData("en-US", "rate my purchase", Language.English)]
    [InlineData("en-US", "the first one", Language.English)]
    public async Task FreeText_IsRoutedToTheSurvey(string locale, string text, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale)
            .Send("hola").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .Send(text).AssertReply(Says(t.SurveyIntro))
            .AssertReply(Says(t.SurveyAskCsat))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("es-ES", "tengo una pregunta", "¿cuánto cuesta el envío a Baleares?", "**Plazos y gastos de envío**", Language.Spanish)]
    [InlineData("en-US", "I have a question", "how much is delivery to the Balearic Islands?", "**Delivery times and shipping costs**", Language.English)]
    public async Task AnnouncedQuestion_IsAskedFor_ThenAnsweredFromTheKnowledgeBase(
        string locale, string text, string question, string answer, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale)
            .Send("hola").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .Send(text).AssertReply(Says(t.QuestionAsk))
            .Send(question).AssertReply(StartsWith(answer))
            .AssertReply(Says(Dialogs.Knowledge.KnowledgeTexts.For(language).WasItHelpful))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("es-ES", "quiero hablar con una persona", Language.Spanish)]
    [InlineData("en-US", "can I talk to a person please", Language.English)]
    public async Task TalkToAPerson_AtAnyPoint_QueuesARequestWithoutAskingAgain_AndSaysThePlaceAndWait(string locale, string ask, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale)
            .Send("hola").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .Send(t.MenuSurvey).AssertReply(Says(t.SurveyIntro))
            .AssertReply(Says(t.SurveyAskCsat))
            .Send(ask).AssertReply(Says(t.HandoffQueued(1, TimeSpan.FromMinutes(5))))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        var request = Assert.Single(_harness.Escalations.Requests);
        Assert.Equal([EscalationReason.CustomerRequest], request.Decision.Reasons);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task GarbageAnswers_AreReaskedOnceThenTheBotLetsGoGracefully(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale)
            .Send("hola").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .Send(t.MenuSurvey).AssertReply(Says(t.SurveyIntro))
            .AssertReply(Says(t.SurveyAskCsat))
            .Send("asdfgh").AssertReply(Says(t.PromptRatingRetry + " " + t.SurveyAskCsat))
            .Send("99").AssertReply(Says(t.SurveyAbandoned))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();
    }

    [Fact]
    public async Task LanguageSwitch_MidPrompt_RepeatsTheQuestionInTheNewLanguage_AndIsRemembered()
    {
        await _harness.Flow("es-ES", user: "switcher")
            .Send("hola").AssertReply(StartsWith(Texts.Spanish.Welcome("SupportBot")))
            .Send("valorar mi compra").AssertReply(Says(Texts.Spanish.SurveyIntro))
            .AssertReply(Says(Texts.Spanish.SurveyAskCsat))
            .Send("English please").AssertReply(Says(Texts.English.LanguageSwitched))
            .AssertReply(Says(Texts.English.SurveyAskCsat))
            .Send("5").AssertReply(Says(Texts.English.SurveyAskNps))
            .StartTestAsync();

        // A new conversation of the same customer, on a Spanish locale: the explicit choice wins.
        await _harness.Flow("es-ES", user: "switcher")
            .Send("hola").AssertReply(StartsWith(Texts.English.WelcomeBack("SupportBot")))
            .Send("en español").AssertReply(Says(Texts.Spanish.LanguageSwitched))
            .AssertReply(Says(Texts.Spanish.MenuPrompt))
            .StartTestAsync();
    }

    [Fact]
    public async Task NoLocale_UsesTheWordsThenTheConfiguredDefault()
    {
        var english = new ConversationHarness(new Dictionary<string, string?> { ["Conversation:DefaultLanguage"] = "English" });
        await english.Flow(locale: null)
            .Send(WithoutLocale("👋")).AssertReply(StartsWith(Texts.English.Welcome("SupportBot")))
            .Send(WithoutLocale("quiero valorar mi compra por favor")).AssertReply(Says(Texts.Spanish.SurveyIntro))
            .AssertReply(Says(Texts.Spanish.SurveyAskCsat))
            .StartTestAsync();
    }

    private static Activity WithoutLocale(string text) => new(ActivityTypes.Message) { Text = text, Locale = null };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Cancel_WithNothingInProgress_SaysSo(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale)
            .Send("hola").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .Send(language == Language.Spanish ? "Cancelar" : "CANCEL").AssertReply(Says(t.NothingToCancel))
            .AssertReply(Says(t.MenuPrompt))
            .StartTestAsync();
    }

    [Fact]
    public async Task BrandName_ComesFromConfiguration()
    {
        var branded = new ConversationHarness(new Dictionary<string, string?> { ["Conversation:BrandName"] = "Tienda Nimbus" });
        await branded.Flow("es-ES")
            .Send("hola").AssertReply(StartsWith(Texts.Spanish.Welcome("Tienda Nimbus")))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("es-ES", "¿dónde está mi pedido? no me ha llegado todavía", Language.Spanish)]
    [InlineData("en-US", "where is my order? it still hasn't arrived", Language.English)]
    [InlineData("es-ES", "necesito una copia de la factura de mi compra", Language.Spanish)]
    [InlineData("en-US", "I need a copy of the invoice for my purchase", Language.English)]
    public async Task FreeTextOrderQuestion_StartsSelfService_WhichFirstChecksWhoAsks(string locale, string question, Language language)
    {
        var t = Texts.For(language);
        var o = OrderTexts.For(language);
        await _harness.Flow(locale)
            .Send("hola").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .Send(question).AssertReply(Says(o.AskOrderNumber))
            .Send("400101").AssertReply(Says(o.AskProof("400101")))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("es-ES", "quiero darme de baja, me voy a la competencia", Language.Spanish)]
    [InlineData("en-US", "I want to cancel my account, I'm switching to another shop", Language.English)]
    public async Task FreeTextChurn_IsAcknowledged_AndQueuedForRetentionFirst(string locale, string text, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale)
            .Send("hola").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .Send(text).AssertReply(Says(RoutingTexts.For(language).ChurnAcknowledgement))
            .AssertReply(Says(t.HandoffQueued(1, TimeSpan.FromMinutes(5))))
            .StartTestAsync();

        var request = Assert.Single(_harness.Escalations.Requests);
        Assert.Equal([EscalationReason.ChurnIntent], request.Decision.Reasons);
        Assert.Equal(EscalationPriority.Urgent, request.Decision.Priority);
    }
}
