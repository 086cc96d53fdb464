using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Orders;
using Microsoft.Bot.Builder.Adapters;
using static SupportBot.Dialogs.Tests.Engine.EngineHarness;
using static SupportBot.Dialogs.Tests.Orders.OrderHarness;

namespace SupportBot.Dialogs.Tests.Orders;

public sealed class OrderDialogTests
{
    private readonly OrderHarness _harness = new();

    public static TheoryData<Language> Languages => new() { Language.Spanish, Language.English };

    /// <summary>A new customer asks about an order by its number, is welcomed, asked for proof, and gives <paramref name="proof"/>.</summary>
    private TestFlow Verify(Language language, string spanish, string english, string orderNumber, string proof, string? vouched = null)
        => _harness.Proving(language, Pick(language, spanish, english), orderNumber, proof, vouched);

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Status_WithTheNumberInTheMessage_AsksOnlyForProof_ThenShowsCarrierDatesAndTrackingLink(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await Verify(language, "¿dónde está mi pedido 400101?", "where's my order 400101?", "400101", "Lucia.Martin@example.es")
            .AssertReply(SaysWithLink(o.Status(_harness.Shop.Order("400101")), o.TrackButton, "https://www.seur.com/tracking?n=SEU123456789ES"))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        var status = o.Status(_harness.Shop.Order("400101"));
        Assert.Contains("SEUR", status, StringComparison.Ordinal);
        Assert.Contains("SEU123456789ES", status, StringComparison.Ordinal);
        Assert.Contains(Pick(language, "4 de diciembre de 2026", "4 December 2026"), status, StringComparison.Ordinal);
        Assert.Contains(Pick(language, "1 × Auriculares inalámbricos Sonora X2", "1 × Auriculares inalámbricos Sonora X2"), status, StringComparison.Ordinal);
        Assert.Equal(["FindVerifiedAsync"], _harness.Shop.Calls);
        Assert.Equal(new Abstractions.OrderCaller("test:customer-1", "conv-1"), _harness.Shop.Callers[0]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Status_WithoutANumber_AsksForIt_AndTakesAPostcodeAsProof(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await _harness.Flow(language)
            .Send(Pick(language, "¿dónde está mi pedido?", "where's my order"))
            .AssertReply(Says(t.Welcome(Brand)))
            .AssertReply(Says(o.AskOrderNumber))
            .Send(Pick(language, "mmm", "hmm")).AssertReply(Says(o.OrderNumberRetry + " " + o.AskOrderNumber))
            .Send("#400101").AssertReply(Says(o.AskProof("400101")))
            .Send(Pick(language, "mi código postal es el 28013", "it's 28013")).AssertReply(StartsWith(o.Status(_harness.Shop.Order("400101"))))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Return_OfADamagedProduct_OffersAnExchange_AndCreatesTheRmaWithDeadlineAndLabel(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        var exchange = language == Language.Spanish;
        await Verify(language, "quiero devolver la cafetera del pedido 400102", "I want to return the coffee machine from order 400102", "400102", "28013")
            .AssertReply(HasButtons("Cafetera espresso Lumo", "Molinillo de café Mola", o.WholeOrder))
            .Send("Cafetera espresso Lumo")
            .AssertReply(Says(o.AskReturnReason))
            .Send(o.ReasonDamaged)
            .AssertReply(Says(o.AskRefundOrExchange))
            .Send(exchange ? "quiero que me lo cambiéis" : "my money back please")
            .AssertReply(SaysWithLink(
                o.ReturnCreated("RMA-000001", new DateOnly(2026, 12, 17), hasLabel: true, customerPaysShipping: false, exchange),
                o.LabelButton,
                "https://tienda.example/devoluciones/RMA-000001/etiqueta.pdf"))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        var request = Assert.Single(_harness.Shop.Returns);
        Assert.Equal("400102", request.OrderNumber);
        Assert.Equal(["CAF-LUMO"], request.Skus);
        Assert.Equal(o.ReasonDamaged, request.Reason);
        Assert.Equal(exchange, request.Exchange);
        var created = o.ReturnCreated("RMA-000001", new DateOnly(2026, 12, 17), true, false, exchange);
        Assert.Contains(Pick(language, "17 de diciembre de 2026", "17 December 2026"), created, StringComparison.Ordinal);
        Assert.Contains(Pick(language, "te enviaremos el cambio", "we'll refund you"), created, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Return_OfTheWholeOrder_InTheCustomersOwnWords_KeepsTheWordsWithoutPersonalData(Language language)
    {
        var o = OrderTexts.For(language);
        var words = Pick(language, "la espuma sale fría, escribidme a lucia@example.es", "the milk frother is cold, write to lucia@example.es");
        await Verify(language, "devolver pedido 400102", "return order 400102", "400102", "lucia.martin@example.es")
            .AssertReply(HasButtons("Cafetera espresso Lumo", "Molinillo de café Mola", o.WholeOrder))
            .Send(Pick(language, "todo", "everything"))
            .AssertReply(Says(o.AskReturnReason))
            .Send(words)
            .AssertReply(StartsWith(o.ReturnCreated("RMA-000001", new DateOnly(2026, 12, 17), true, false, exchange: false)))
            .StartTestAsync();

        var request = Assert.Single(_harness.Shop.Returns);
        Assert.Empty(request.Skus);
        Assert.False(request.Exchange);
        Assert.Equal(words.Replace("lucia@example.es", "[EMAIL]", StringComparison.Ordinal), request.Reason);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Return_AnotherReason_AsksForItInWords(Language language)
    {
        var o = OrderTexts.For(language);
        await Verify(language, "quiero devolver el pedido 400102", "I'd like to return order 400102", "400102", "28013")
            .AssertReply(HasButtons("Cafetera espresso Lumo", "Molinillo de café Mola", o.WholeOrder))
            .Send(Pick(language, "el molinillo", "the Mola grinder"))
            .AssertReply(Says(o.AskReturnReason))
            .Send(o.ReasonOther)
            .AssertReply(Says(o.AskReturnReasonDetail))
            .Send(Pick(language, "me regalaron otro", "I got another one as a gift"))
            .AssertReply(StartsWith(o.ReturnCreated("RMA-000001", new DateOnly(2026, 12, 17), true, false, exchange: false)))
            .StartTestAsync();

        var request = Assert.Single(_harness.Shop.Returns);
        Assert.Equal(["MOL-01"], request.Skus);
        Assert.Equal(Pick(language, "me regalaron otro", "I got another one as a gift"), request.Reason);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Return_OutsideTheWindow_SaysWhenItEnded_AndPointsToTheWarranty(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await Verify(language, "quiero devolver mi pedido 400103", "I want to return my order 400103", "400103", "sw1a 1aa")
            .AssertReply(Says(o.AskReturnReason))
            .Send(o.ReasonChangedMind)
            .AssertReply(Says(o.ReturnOutsideWindow("400103", new DateOnly(2026, 10, 15))))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        Assert.Contains(Pick(language, "15 de octubre de 2026", "15 October 2026"), o.ReturnOutsideWindow("400103", new DateOnly(2026, 10, 15)), StringComparison.Ordinal);
        Assert.Empty(_harness.Shop.Returns);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Return_NotDeliveredYet_IsRefusedBeforeAnyQuestion(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await Verify(language, "quiero devolver el pedido 400104", "I want to return order 400104", "400104", "john.smith@example.co.uk")
            .AssertReply(Says(o.ReturnNotDelivered("400104")))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        Assert.DoesNotContain("StartReturnAsync", _harness.Shop.Calls);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Warranty_WithinWarranty_OpensACase_WithTheSymptomsRedacted(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        var symptoms = Pick(language, "no carga y la pantalla se queda en negro, llamadme al 612 345 678", "it won't charge and the screen stays black, call me on 612 345 678");
        await Verify(language, "quiero reclamar la garantía del pedido 400103", "I want to make a warranty claim for order 400103", "400103", "john.smith@example.co.uk")
            .AssertReply(Says(o.AskSymptoms("Pulse 2 smartwatch")))
            .Send(symptoms)
            .AssertReply(Says(o.WarrantyCreated("SAT-000001", "Pulse 2 smartwatch")))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        var claim = Assert.Single(_harness.Shop.Claims);
        Assert.Equal(("400103", "WAT-P2"), (claim.OrderNumber, claim.Sku));
        Assert.Contains("[PHONE]", claim.Symptoms, StringComparison.Ordinal);
        Assert.DoesNotContain("612", claim.Symptoms, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Warranty_Expired_IsSaidBeforeAskingWhatIsWrong_AndOffersRepairOrAPerson(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await Verify(language, "mi robot aspirador no funciona, quiero la garantía, pedido 400105", "my robot vacuum broke, I want a warranty repair, order 400105", "400105", "08001")
            .AssertReply(Says(o.WarrantyExpired("Robot aspirador Limpia R1", new DateOnly(2026, 5, 10))))
            .AssertReply(Says(t.HandoffConfirm))
            .Send(Pick(language, "sí", "yes"))
            .AssertReply(Says(t.HandoffQueued(1, TimeSpan.FromMinutes(5))))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        Assert.Empty(_harness.Shop.Claims);
        Assert.DoesNotContain("OpenWarrantyClaimAsync", _harness.Shop.Calls);
        Assert.Single(_harness.Desk.Escalations);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Warranty_OnAnOrderWithSeveralProducts_AsksWhichOne(Language language)
    {
        var o = OrderTexts.For(language);
        await Verify(language, "garantía del pedido 400102, se ha roto", "warranty claim for order 400102, it broke", "400102", "28013")
            .AssertReply(HasButtons("Cafetera espresso Lumo", "Molinillo de café Mola"))
            .Send("2")
            .AssertReply(Says(o.AskSymptoms("Molinillo de café Mola")))
            .Send(Pick(language, "hace un ruido raro", "it makes a strange noise"))
            .AssertReply(Says(o.WarrantyCreated("SAT-000001", "Molinillo de café Mola")))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Invoice_IsSentAsAPdfAttachment_WithItsFileName_AndADownloadLink(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await Verify(language, "necesito la factura del pedido 400102", "I need the invoice for order 400102", "400102", "lucia.martin@example.es")
            .AssertReply(activity =>
            {
                var message = (IMessageActivity)activity;
                Assert.Equal(o.InvoiceAttached("F2026-000102", "400102"), message.Text);
                Assert.Equal(2, message.Attachments.Count);
                var pdf = message.Attachments[0];
                Assert.Equal("application/pdf", pdf.ContentType);
                Assert.Equal("factura-F2026-000102.pdf", pdf.Name);
                const string prefix = "data:application/pdf;base64,";
                Assert.StartsWith(prefix, pdf.ContentUrl, StringComparison.Ordinal);
                Assert.Equal(DemoShop.InvoicePdf("F2026-000102"), Convert.FromBase64String(pdf.ContentUrl[prefix.Length..]));
                var card = Assert.IsType<HeroCard>(message.Attachments[1].Content);
                Assert.Equal("https://tienda.example/facturas/F2026-000102.pdf", Assert.Single(card.Buttons).Value);
                Assert.Equal(o.DownloadButton, card.Buttons[0].Title);
            })
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Invoice_ByLinkOnly_OrNotYetIssued(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        var link = new Uri("https://tienda.example/facturas/F2026-000103.pdf");
        await Verify(language, "factura del pedido 400103", "invoice for order 400103", "400103", "SW1A1AA")
            .AssertReply(SaysWithLink(o.InvoiceLink("F2026-000103", "400103", link), o.DownloadButton, link.AbsoluteUri))
            .AssertReply(Says(t.AnythingElse))
            .Send(Pick(language, "y la factura del pedido 400104?", "and the invoice for order 400104?"))
            .AssertReply(Says(o.AskProof("400104")))
            .Send("SW1A 1AA")
            .AssertReply(Says(o.InvoiceNotYet("400104")))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Invoice_TooLargeForAChatMessage_GoesByLinkOnly(Language language)
    {
        var o = OrderTexts.For(language);
        var link = new Uri("https://tienda.example/facturas/F2026-000106.pdf");
        await Verify(language, "necesito la factura del pedido 400106", "I need the invoice for order 400106", "400106", "08001")
            .AssertReply(SaysWithLink(o.InvoiceLink("F2026-000106", "400106", link), o.DownloadButton, link.AbsoluteUri))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task UnknownOrder_AndWrongProof_GetTheSameReply_KeepTheNumber_AndAskOnlyTheProofAgain(Language language)
    {
        var o = OrderTexts.For(language);
        await Verify(language, "¿dónde está mi pedido 999999?", "where is my order 999999?", "999999", "lucia.martin@example.es")
            .AssertReply(Says(o.NoMatch))
            .AssertReply(Says(o.AskProofAgain("999999")))
            // A number at the proof question is a different order to check, not a proof.
            .Send("400101")
            .AssertReply(Says(o.AskProof("400101")))
            .Send("someone.else@example.es")
            .AssertReply(Says(o.NoMatch))
            .AssertReply(Says(o.AskProofAgain("400101")))
            .Send(Pick(language, "no me acuerdo", "I don't remember"))
            .AssertReply(Says(o.ProofRetry + " " + o.AskProofAgain("400101")))
            .Send("28013")
            .AssertReply(StartsWith(o.Status(_harness.Shop.Order("400101"))))
            .StartTestAsync();

        Assert.Equal(3, _harness.Shop.Calls.Count(c => c == "FindVerifiedAsync"));
        Assert.DoesNotContain("28013", o.AskProofAgain("400101"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task ThreeWrongProofs_LockTheOrderInThisConversation_UntilTheLockExpires(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        var ask = Pick(language, "¿dónde está mi pedido 400101?", "where is my order 400101?");
        var no = Pick(language, "no", "no");
        await _harness.Flow(language)
            .Send(ask).AssertReply(Says(t.Welcome(Brand))).AssertReply(Says(o.AskProof("400101")))
            .Send("08001").AssertReply(Says(o.NoMatch)).AssertReply(Says(o.AskProofAgain("400101")))
            .Send("ana@example.com").AssertReply(Says(o.NoMatch)).AssertReply(Says(o.AskProofAgain("400101")))
            .Send("28014")
            .AssertReply(Says(o.Locked("400101", TimeSpan.FromMinutes(30))))
            .AssertReply(Says(t.HandoffConfirm))
            .Send(no).AssertReply(Says(t.HandoffDeclined)).AssertReply(Says(t.AnythingElse))
            .StartTestAsync();
        Assert.Contains("30", o.Locked("400101", TimeSpan.FromMinutes(30)), StringComparison.Ordinal);

        // Ten minutes later the right proof is not even asked for: the order system is not consulted.
        _harness.Time.Advance(TimeSpan.FromMinutes(10));
        var calls = _harness.Shop.Calls.Count;
        await _harness.Flow(language)
            .Send(ask)
            .AssertReply(Says(o.Locked("400101", TimeSpan.FromMinutes(20))))
            .AssertReply(Says(t.HandoffConfirm))
            .Send(no).AssertReply(Says(t.HandoffDeclined)).AssertReply(Says(t.AnythingElse))
            // Another order of the same conversation is not locked.
            .Send(Pick(language, "¿dónde está mi pedido 400102?", "where is my order 400102?"))
            .AssertReply(Says(o.AskProof("400102")))
            .Send("cancelar")
            .AssertReply(Says(t.Cancelled))
            .AssertReply(Says(t.MenuPrompt))
            .StartTestAsync();
        Assert.Equal(calls, _harness.Shop.Calls.Count);

        // Another conversation is not locked either.
        await _harness.Flow(language, conversationId: "conv-2")
            .Send(ask).AssertReply(Says(o.AskProof("400101")))
            .StartTestAsync();

        // Once the lock has run out, the order can be checked again.
        _harness.Time.Advance(TimeSpan.FromMinutes(20));
        await _harness.Flow(language)
            .Send(ask).AssertReply(Says(o.AskProof("400101")))
            .Send("28013").AssertReply(StartsWith(o.Status(_harness.Shop.Order("400101"))))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task LockSettings_AreHonoured(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        var strict = new OrderHarness(new OrderSelfServiceSettings(1, TimeSpan.FromMinutes(5)));
        await strict.Flow(language)
            .Send(Pick(language, "factura del pedido 400102", "invoice for order 400102"))
            .AssertReply(Says(t.Welcome(Brand))).AssertReply(Says(o.AskProof("400102")))
            .Send("99999")
            .AssertReply(Says(o.Locked("400102", TimeSpan.FromMinutes(5))))
            .AssertReply(Says(t.HandoffConfirm))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task VouchedCustomer_SkipsTheCheckForTheirOwnOrders_NotForOthers(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await _harness.Flow(language, vouchedCustomerId: "C-1001")
            .Send(Pick(language, "¿dónde está mi pedido 400101?", "where is my order 400101?"))
            .AssertReply(Says(t.Welcome(Brand)))
            .AssertReply(StartsWith(o.Status(_harness.Shop.Order("400101"))))
            .AssertReply(Says(t.AnythingElse))
            .Send(Pick(language, "¿y el pedido 400103?", "what about order 400103?"))
            .AssertReply(Says(o.AskProof("400103")))
            .StartTestAsync();

        Assert.Equal(["FindOwnAsync", "FindOwnAsync"], _harness.Shop.Calls);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task OrderSystemDown_ApologisesAndOffersAPerson_AndNeverCountsAsAWrongAnswer(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        _harness.Shop.Down = true;
        var flow = _harness.Flow(language)
            .Send(Pick(language, "hola", "hello")).AssertReply(StartsWith(t.Welcome(Brand)));
        for (var i = 0; i < 3; i++)
        {
            flow = flow
                .Send(Pick(language, "¿dónde está mi pedido 400101?", "where is my order 400101?"))
                .AssertReply(Says(o.AskProof("400101")))
                .Send("28013")
                .AssertReply(Says(o.Unavailable))
                .AssertReply(Says(t.HandoffConfirm))
                .Send(Pick(language, "no, gracias", "no thanks"))
                .AssertReply(Says(t.HandoffDeclined))
                .AssertReply(Says(t.AnythingElse));
        }

        await flow.StartTestAsync();
        _harness.Shop.Down = false;
        await _harness.Flow(language)
            .Send(Pick(language, "¿dónde está mi pedido 400101?", "where is my order 400101?"))
            .AssertReply(Says(o.AskProof("400101")))
            .Send("28013")
            .AssertReply(StartsWith(o.Status(_harness.Shop.Order("400101"))))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task OrderSystemDown_AfterTheCheck_ApologisesAndOffersAPerson(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        _harness.Shop.Failing.Add("OpenWarrantyClaimAsync");
        await Verify(language, "quiero reclamar la garantía del pedido 400103", "I want to make a warranty claim for order 400103", "400103", "john.smith@example.co.uk")
            .AssertReply(Says(o.AskSymptoms("Pulse 2 smartwatch")))
            .Send(Pick(language, "no enciende", "it won't turn on"))
            .AssertReply(Says(o.Unavailable))
            .AssertReply(Says(t.HandoffConfirm))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task CancelOrAPerson_AtAnyQuestion(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await _harness.Flow(language)
            .Send(Pick(language, "necesito la factura de mi compra", "I need the invoice for my purchase"))
            .AssertReply(Says(t.Welcome(Brand)))
            .AssertReply(Says(o.AskOrderNumber))
            .Send(Pick(language, "cancelar", "cancel"))
            .AssertReply(Says(t.Cancelled))
            .AssertReply(Says(t.MenuPrompt))
            .Send(Pick(language, "quiero devolver el pedido 400102", "I want to return order 400102"))
            .AssertReply(Says(o.AskProof("400102")))
            .Send(Pick(language, "quiero hablar con una persona", "I want to talk to a person"))
            .AssertReply(Says(t.HandoffQueued(1, TimeSpan.FromMinutes(5))))
            .StartTestAsync();
    }
}
