using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>The order dialogs in the real bot over HTTP with the real embedded SQLite demo shop (seeded on a fixed day by
/// a fake clock), in Spanish and English.</summary>
public sealed partial class OrderDialogsOverHttpTests : SeededShopTests
{
    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿dónde está mi pedido 400104?", "400104", "46002", "C1004")]
    [InlineData("en-GB", Language.English, "where's my order 400109?", "400109", "bs1 4dj", "C1009")]
    public async Task Status_ShowsTheStoresShipment_WithItsTrackingLink(string locale, Language language, string ask, string number, string proof, string owner)
    {
        var customer = new Customer(Host, locale);
        var o = OrderTexts.For(language);
        var order = (await Store.FindOwnAsync(owner, number, new OrderCaller("test", "test"), default))!;

        Assert.Equal([Texts.For(language).Welcome("SupportBot"), o.AskProof(number)], await customer.TextsAsync(ask));
        var replies = await customer.SayAsync(proof);

        Assert.Equal(o.Status(order), replies[0].Text);
        Assert.Contains(order.Shipment!.TrackingNumber, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(order.Shipment.TrackingUrl!.AbsoluteUri, (string?)JObject.FromObject(replies[0].Attachments[0].Content)["buttons"]![0]!["value"]);
        Assert.Equal(Texts.For(language).AnythingElse, replies[^1].Text);
    }

    [Fact]
    public async Task Return_Spanish_DamagedProduct_ShopPaysTheLabel()
    {
        var customer = new Customer(Host, "es-ES");
        var o = OrderTexts.Spanish;

        await customer.SayAsync("quiero devolver los auriculares del pedido 400101");
        Assert.Equal([o.AskReturnReason], await customer.TextsAsync("28013"));
        Assert.Equal([o.AskRefundOrExchange], await customer.TextsAsync(o.ReasonDamaged));
        var created = await customer.SayAsync("devolución del dinero");

        var rma = Rma().Match(created[0].Text).Value;
        Assert.Equal(o.ReturnCreated(rma, Today.AddDays(14), hasLabel: true, customerPaysShipping: false, exchange: false), created[0].Text);
        Assert.Equal($"https://shop.example.com/returns/labels/{rma}.pdf", (string?)JObject.FromObject(created[0].Attachments[0].Content)["buttons"]![0]!["value"]);
    }

    [Fact]
    public async Task Return_English_OneOfTwoProducts_ChangeOfMind_CustomerPaysTheShipping()
    {
        var customer = new Customer(Host, "en-GB");
        var o = OrderTexts.English;

        await customer.SayAsync("I'd like to return something from order 400108");
        var products = await customer.SayAsync("EH1 2NG");
        Assert.Equal(["Brisa smartwatch 2", "Terra yoga mat 6 mm", o.WholeOrder], products[0].SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal([o.AskReturnReason], await customer.TextsAsync("the yoga mat"));
        var created = await customer.TextsAsync(o.ReasonChangedMind);

        var rma = Rma().Match(created[0]).Value;
        Assert.Equal(o.ReturnCreated(rma, Today.AddDays(14), hasLabel: false, customerPaysShipping: true, exchange: false), created[0]);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero devolver el pedido 400105", "400105", "29016", null, 45)]
    [InlineData("en-GB", Language.English, "return order 400124", "400124", "CF10 1EP", "the kettle", 35)]
    public async Task Return_OutsideTheWindow(string locale, Language language, string ask, string number, string proof, string? product, int deliveredDaysAgo)
    {
        var customer = new Customer(Host, locale);
        var o = OrderTexts.For(language);

        await customer.SayAsync(ask);
        await customer.SayAsync(proof);
        if (product is not null)
        {
            Assert.Equal([o.AskReturnReason], await customer.TextsAsync(product));
        }

        Assert.Equal(
            [o.ReturnOutsideWindow(number, Today.AddDays(30 - deliveredDaysAgo)), Texts.For(language).AnythingElse],
            await customer.TextsAsync(o.ReasonChangedMind));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero devolver el pedido 400102", "400102", "08012")]
    [InlineData("en-GB", Language.English, "I want to return order 400112", "400112", "cf101ep")]
    public async Task Return_NotDeliveredYet(string locale, Language language, string ask, string number, string proof)
    {
        var customer = new Customer(Host, locale);
        var o = OrderTexts.For(language);

        await customer.SayAsync(ask);
        Assert.Equal([o.ReturnNotDelivered(number), Texts.For(language).AnythingElse], await customer.TextsAsync(proof));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero la garantía del pedido 400127, la batería externa no carga", "400127", "29016", "la batería", "Batería externa Solis 20.000 mAh")]
    [InlineData("en-GB", Language.English, "warranty claim for order 400110", "400110", "D02 X285", null, "Vela Espresso One coffee machine")]
    public async Task Warranty_WithinWarranty_OpensACase(string locale, Language language, string ask, string number, string proof, string? pick, string product)
    {
        var customer = new Customer(Host, locale);
        var o = OrderTexts.For(language);

        Assert.Equal(o.AskProof(number), (await customer.TextsAsync(ask))[^1]);
        var afterProof = await customer.TextsAsync(proof);
        if (pick is not null)
        {
            Assert.Equal([o.AskWarrantyProduct], afterProof);
            afterProof = await customer.TextsAsync(pick);
        }

        Assert.Equal([o.AskSymptoms(product)], afterProof);
        var created = await customer.TextsAsync(language == Language.English ? "it leaks water from the bottom" : "no carga aunque la enchufe");
        var caseNumber = Regex.Match(created[0], @"GAR-\d{4}-\d{5}").Value;
        Assert.Equal([o.WarrantyCreated(caseNumber, product), Texts.For(language).AnythingElse], created);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "mi pedido 400113 se ha estropeado, quiero la garantía", "28013", "el hervidor", "Hervidor de agua Aero 1,7 L", 1300, 36)]
    [InlineData("en-GB", Language.English, "my robot vacuum from order 400114 broke, warranty please", "08012", null, "Robot aspirador Orbit S5 (reacondicionado)", 456, 12)]
    public async Task Warranty_Expired_IsSaidBeforeAskingWhatIsWrong_AndOffersAPerson(
        string locale, Language language, string ask, string proof, string? pick, string product, int deliveredDaysAgo, int months)
    {
        var customer = new Customer(Host, locale);
        var (t, o) = (Texts.For(language), OrderTexts.For(language));

        await customer.SayAsync(ask);
        var afterProof = await customer.TextsAsync(proof);
        if (pick is not null)
        {
            afterProof = await customer.TextsAsync(pick);
        }

        Assert.Equal([o.WarrantyExpired(product, Today.AddDays(-deliveredDaysAgo).AddMonths(months)), t.HandoffConfirm], afterProof);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "necesito la factura del pedido 400101", "400101", "lucia.martin@correo.es", "factura-")]
    [InlineData("en-GB", Language.English, "can I have the invoice for order 400108", "400108", "Emily.Johnson@mail.co.uk", "invoice-")]
    public async Task Invoice_ArrivesAsTheStoresPdf(string locale, Language language, string ask, string number, string proof, string prefix)
    {
        var customer = new Customer(Host, locale);

        await customer.SayAsync(ask);
        var reply = (await customer.SayAsync(proof))[0];

        var attachment = Assert.Single(reply.Attachments);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Matches($@"^{prefix}F2026-\d{{6}}\.pdf$", attachment.Name);
        var invoiceNumber = attachment.Name[prefix.Length..^4];
        Assert.Equal(OrderTexts.For(language).InvoiceAttached(invoiceNumber, number), reply.Text);
        var pdf = Convert.FromBase64String(attachment.ContentUrl["data:application/pdf;base64,".Length..]);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿dónde está mi pedido 400101?")]
    [InlineData("en-GB", Language.English, "where is my order 400101?")]
    public async Task UnknownOrderAndWrongProof_AnswerAlike_KeepTheNumber_AndThreeWrongAnswersLockTheOrder(string locale, Language language, string ask)
    {
        var customer = new Customer(Host, locale);
        var (t, o) = (Texts.For(language), OrderTexts.For(language));

        await customer.SayAsync(ask.Replace("400101", "499999", StringComparison.Ordinal));
        Assert.Equal([o.NoMatch, o.AskProofAgain("499999")], await customer.TextsAsync("lucia.martin@correo.es"));
        Assert.Equal([o.AskProof("400101")], await customer.TextsAsync("400101"));
        Assert.Equal([o.NoMatch, o.AskProofAgain("400101")], await customer.TextsAsync("someone@correo.es"));
        Assert.Equal([o.NoMatch, o.AskProofAgain("400101")], await customer.TextsAsync("28014"));
        Assert.Equal([o.Locked("400101", TimeSpan.FromMinutes(30)), t.HandoffConfirm], await customer.TextsAsync("28012"));
        await customer.SayAsync("no");

        Assert.Equal([o.Locked("400101", TimeSpan.FromMinutes(30)), t.HandoffConfirm], await customer.TextsAsync(ask));
        await customer.SayAsync("no");
        Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal([o.AskProof("400101")], await customer.TextsAsync(ask));
        Assert.StartsWith(o.Status((await Store.FindOwnAsync("C1001", "400101", new OrderCaller("test", "test"), default))!), (await customer.TextsAsync("28013"))[0], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"RMA-\d{4}-\d{5}")]
    private static partial Regex Rma();
}
