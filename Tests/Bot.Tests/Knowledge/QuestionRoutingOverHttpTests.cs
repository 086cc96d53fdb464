using Microsoft.Bot.Schema;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Knowledge;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Bot.Tests.Knowledge;

/// <summary>The QA review's messages over real HTTP with the real knowledge base: questions (general ones on an order
/// topic too) reach the knowledge base instead of the menu or an order-number prompt; an order action asked through the
/// question button reaches its order dialog; thanks after an answer is answered; a customer leaving is escalated to
/// retention first.</summary>
public sealed class QuestionRoutingOverHttpTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("en-GB", Language.English, "customer service opening hours")]
    [InlineData("es-ES", Language.Spanish, "horario de atencion al cliente")]
    [InlineData("en-GB", Language.English, "please delete my account and all my personal data")]
    [InlineData("en-GB", Language.English, "how do I close my account? GDPR")]
    [InlineData("en-GB", Language.English, "how long does a refund take?")]
    [InlineData("es-ES", Language.Spanish, "cuanto tardais en devolverme el dinero de una devolucion")]
    [InlineData("es-ES", Language.Spanish, "cuanto dura la garantia")]
    [InlineData("en-GB", Language.English, "how long is the warranty")]
    [InlineData("es-ES", Language.Spanish, "como devuelvo un producto")]
    [InlineData("es-ES", Language.Spanish, "me falta un articulo en el paquete")]
    [InlineData("en-GB", Language.English, "can i change my delivery adress?")]
    [InlineData("en-GB", Language.English, "I need a VAT invoice for my company with our VAT number")]
    public async Task AQuestion_IsAnsweredFromTheKnowledgeBase_NotWithTheMenuOrAnOrderNumberPrompt(string locale, Language language, string question)
    {
        var t = Texts.For(language);
        var k = KnowledgeTexts.For(language);
        var replies = Messages(await new Customer(_host, locale).SayAsync(question));

        Assert.Equal(t.Welcome("SupportBot"), replies[0].Text);
        var answer = replies[1].Text;
        Assert.True(
            answer.StartsWith("**", StringComparison.Ordinal) || answer == k.Suggestions || answer == k.Rephrase,
            $"'{question}' got '{answer}'");
        Assert.DoesNotContain(replies, r => r.Text == t.MenuNotUnderstood || r.Text == OrderTexts.For(language).AskOrderNumber);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "hola, ¿cuánto cuesta el envío a Baleares?", "¡gracias!")]
    [InlineData("en-GB", Language.English, "hi, how much is shipping to the Balearic Islands?", "thanks")]
    public async Task ThanksAfterAnAnswer_IsAnsweredAndTheMenuOffered(string locale, Language language, string question, string thanks)
    {
        var customer = new Customer(_host, locale);
        Assert.StartsWith("**", Messages(await customer.SayAsync(question))[1].Text, StringComparison.Ordinal);

        var replies = await customer.TextsAsync(thanks);

        Assert.Equal([RoutingTexts.For(language).YoureWelcome, Texts.For(language).AnythingElse], replies);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿dónde está mi pedido 400104?", "400104")]
    [InlineData("en-GB", Language.English, "where is my order 400109", "400109")]
    public async Task AnOrderActionAfterTheQuestionButton_GoesToTheOrderDialog(string locale, Language language, string text, string number)
    {
        var t = Texts.For(language);
        var customer = new Customer(_host, locale);
        await customer.SayAsync(language == Language.Spanish ? "hola" : "hello");
        Assert.Equal([t.QuestionAsk], await customer.TextsAsync(t.MenuQuestion));

        Assert.Equal([OrderTexts.For(language).AskProof(number)], await customer.TextsAsync(text));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "me doy de baja, me voy a la competencia")]
    [InlineData("en-GB", Language.English, "cancel my subscription, I'm switching to a competitor")]
    public async Task Churn_IsAcknowledged_AndEscalatedAsChurnWithRetentionPriority(string locale, Language language, string text)
    {
        var customer = new Customer(_host, locale);
        await customer.SayAsync(language == Language.Spanish ? "hola" : "hello");

        var replies = await customer.TextsAsync(text);

        Assert.Equal(RoutingTexts.For(language).ChurnAcknowledgement, replies[0]);
        Assert.DoesNotContain(Texts.For(language).HandoffConfirm, replies);
        var escalation = Assert.Single(
            await _host.Services.GetRequiredService<IEscalationStore>().ListOpenAsync(CancellationToken.None),
            e => e.Request.ConversationId == customer.ConversationId);
        Assert.Equal([EscalationReason.ChurnIntent], escalation.Request.Decision.Reasons);
        Assert.Equal(EscalationPriority.Urgent, escalation.Request.Decision.Priority);
    }

    private static List<Activity> Messages(IReadOnlyList<Activity> replies) => replies.Where(a => a.Type == ActivityTypes.Message).ToList();
}
