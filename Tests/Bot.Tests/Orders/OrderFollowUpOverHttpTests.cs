using System.Text.RegularExpressions;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Teams;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>The QA findings on order self-service, in the real bot over HTTP with the embedded SQLite demo shop (seeded on
/// a fixed day by a fake clock) and the real state storage, in Spanish and English.</summary>
public sealed partial class OrderFollowUpOverHttpTests : SeededShopTests
{
    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿dónde está mi pedido?", "no lo tengo")]
    [InlineData("en-GB", Language.English, "where's my order?", "I don't have the order number, can you look it up by my email?")]
    public async Task NoOrderNumber_SaysWhereToFindIt_AndOffersAPerson(string locale, Language language, string ask, string answer)
    {
        var customer = new Customer(Host, locale);
        var (t, o) = (Texts.For(language), OrderTexts.For(language));

        Assert.Equal(o.AskOrderNumber, (await customer.TextsAsync(ask))[^1]);
        Assert.Equal([o.WhereToFindOrderNumber, t.HandoffConfirm], await customer.TextsAsync(answer));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿dónde está mi pedido?", "400101, cp 28013")]
    [InlineData("en-GB", Language.English, "where's my order?", "400101 28013")]
    public async Task NumberAndPostcode_InOneAnswer_ShowTheOrder_AndItIsNotProvedAgainForTheNextAction(string locale, Language language, string ask, string answer)
    {
        var customer = new Customer(Host, locale);
        var o = OrderTexts.For(language);

        await customer.SayAsync(ask);
        Assert.StartsWith(o.Status(await OrderAsync("400101")), (await customer.TextsAsync(answer))[0], StringComparison.Ordinal);

        // The second action on the order, through the real state storage: no proof asked.
        var invoice = (await customer.SayAsync(language == Language.English ? "I need the invoice for order 400101" : "necesito la factura del pedido 400101"))[0];
        Assert.Equal("application/pdf", invoice.Attachments[0].ContentType);

        // Half an hour later the proof is asked again.
        Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal([o.AskProof("400101")], await customer.TextsAsync(language == Language.English ? "where is order 400101?" : "¿dónde está el pedido 400101?"));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿dónde está el 400122?")]
    [InlineData("en-GB", Language.English, "status of 400122")]
    public async Task ALateOrder_IsCalledLate_WithAnApologyTheNextStepAndAPerson(string locale, Language language, string ask)
    {
        var customer = new Customer(Host, locale);
        var (t, o) = (Texts.For(language), OrderTexts.For(language));

        Assert.Equal(o.AskProof("400122"), (await customer.TextsAsync(ask))[^1]);
        var replies = await customer.SayAsync("D02 X285");

        Assert.Equal(o.Status(await OrderAsync("400122")), replies[0].Text);
        Assert.Equal("GLS", (await OrderAsync("400122")).Shipment!.Carrier);
        Assert.Equal([o.Late(Today.AddDays(-2), "GLS"), t.HandoffConfirm], replies.Skip(1).Select(r => r.Text));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero devolver el pedido 400123")]
    [InlineData("en-GB", Language.English, "I want to return order 400123")]
    public async Task AReturnAlreadyRequested_GivesItsRma(string locale, Language language, string ask)
    {
        var customer = new Customer(Host, locale);
        var o = OrderTexts.For(language);

        await customer.SayAsync(ask);
        Assert.Equal([o.AskReturnReason], await customer.TextsAsync("T12 K8AF"));
        var reply = (await customer.TextsAsync(o.ReasonChangedMind))[0];

        var rma = Rma().Match(reply).Value;
        Assert.NotEmpty(rma);
        Assert.Equal(o.ReturnAlreadyRequested("400123", rma), reply);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero la garantía del pedido 400126", "sigue sin cargar")]
    [InlineData("en-GB", Language.English, "warranty claim for order 400126", "it still won't charge")]
    public async Task AWarrantyCaseAlreadyOpen_GivesItsNumber(string locale, Language language, string ask, string symptoms)
    {
        var customer = new Customer(Host, locale);
        var o = OrderTexts.For(language);

        await customer.SayAsync(ask);
        Assert.Equal([o.AskSymptoms("Robot aspirador Orbit S5")], await customer.TextsAsync("41004"));
        var reply = (await customer.TextsAsync(symptoms))[0];

        var caseNumber = Case().Match(reply).Value;
        Assert.NotEmpty(caseNumber);
        Assert.Equal(o.WarrantyAlreadyOpen("Robot aspirador Orbit S5", caseNumber), reply);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero devolver algo del pedido 400107", "los auriculares")]
    [InlineData("en-GB", Language.English, "I want to return something from order 400107", "the Pulse ones")]
    public async Task ASpanishShop_NamesItsProductsInSpanish_APartOfTheNamePicksOne_AndANonReturnableOneIsSaidBeforeAskingWhy(
        string locale, Language language, string ask, string pick)
    {
        var customer = new Customer(Host, locale);
        var (t, o) = (Texts.For(language), OrderTexts.For(language));

        await customer.SayAsync(ask);
        var products = (await customer.SayAsync("20003"))[0];
        Assert.Equal(["Auriculares intraurales Pulse", "Funda de móvil Kodo para iPhone 15", o.WholeOrder], products.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal([o.ReturnNotReturnable, t.AnythingElse], await customer.TextsAsync(pick));

        // The phone case next to them can be returned (the order was proved a moment ago: no proof asked).
        Assert.Equal(o.AskReturnProducts, (await customer.TextsAsync(ask))[^1]);
        Assert.Equal([o.AskReturnReason], await customer.TextsAsync(language == Language.English ? "the Kodo one" : "la funda"));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿dónde está mi pedido 400101?")]
    [InlineData("en-US", Language.English, "where is my order 400101?")]
    public async Task InATeamsGroupChat_OrdersAreNeverLookedUp(string locale, Language language, string ask)
    {
        await using var connector = await ConnectorServer.StartAsync();
        var customer = new TeamsCustomer(connector.ServiceUrl, locale, groupChat: true);
        await using var host = await BotHost.StartAsync();
        customer.Host = host;

        await customer.SayAsync(ask, mention: true);
        await customer.SayAsync("28013", mention: true);

        var said = connector.Calls.Where(c => c.Kind is "send" or "reply" && c.ConversationId == customer.ConversationId).Select(c => c.Text).ToList();
        Assert.Contains(OrderTexts.For(language).SharedChat, said);
        Assert.DoesNotContain(OrderTexts.For(language).AskProof("400101"), said);
        Assert.DoesNotContain(said, s => s?.Contains("28013", StringComparison.Ordinal) == true || s?.Contains("SEUR", StringComparison.Ordinal) == true);
    }

    private async Task<Dialogs.Abstractions.OrderDetails> OrderAsync(string number)
    {
        var owner = number switch { "400101" => "C1001", _ => "C1010" };
        return (await Store.FindOwnAsync(owner, number, new Dialogs.Abstractions.OrderCaller("test", "test"), default))!;
    }

    [GeneratedRegex(@"RMA-\d{4}-\d{5}")]
    private static partial Regex Rma();

    [GeneratedRegex(@"GAR-\d{4}-\d{5}")]
    private static partial Regex Case();
}
