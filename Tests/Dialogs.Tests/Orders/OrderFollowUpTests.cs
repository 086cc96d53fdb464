using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Teams;
using static SupportBot.Dialogs.Tests.Engine.EngineHarness;
using static SupportBot.Dialogs.Tests.Orders.OrderHarness;

namespace SupportBot.Dialogs.Tests.Orders;

/// <summary>What a QA conversation with the order self-service found: no way out without an order number, the number
/// thrown away after a wrong proof, the proof asked twice, numbers ignored without the word "order", late orders not
/// called late, repeats without their reference, and order data in group chats.</summary>
public sealed class OrderFollowUpTests
{
    private readonly OrderHarness _harness = new();

    public static TheoryData<Language, string> NoNumberPhrases => new()
    {
        { Language.Spanish, "no lo tengo" },
        { Language.Spanish, "no lo sé" },
        { Language.Spanish, "¿no lo puedes buscar por mi email?" },
        { Language.English, "I don't have the order number" },
        { Language.English, "can you look it up by my email?" },
    };

    public static TheoryData<Language> Languages => new() { Language.Spanish, Language.English };

    private TestFlow AskedForTheNumber(Language language)
        => _harness.Flow(language)
            .Send(Pick(language, "¿dónde está mi pedido?", "where's my order?"))
            .AssertReply(Says(Texts.For(language).Welcome(Brand)))
            .AssertReply(Says(OrderTexts.For(language).AskOrderNumber));

    [Theory]
    [MemberData(nameof(NoNumberPhrases))]
    public async Task NoOrderNumber_SaysWhereToFindIt_AndOffersAPerson(Language language, string answer)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await AskedForTheNumber(language)
            .Send(answer)
            .AssertReply(Says(o.WhereToFindOrderNumber))
            .AssertReply(Says(t.HandoffConfirm))
            .Send(Pick(language, "sí", "yes"))
            .AssertReply(Says(t.HandoffQueued(1, TimeSpan.FromMinutes(5))))
            .StartTestAsync();

        Assert.Empty(_harness.Shop.Calls);
        Assert.Single(_harness.Desk.Escalations);
        Assert.Contains(Pick(language, "email de confirmación", "confirmation email"), o.WhereToFindOrderNumber, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task TwoAnswersWithoutANumber_SayWhereToFindIt_AndOfferAPerson(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await AskedForTheNumber(language)
            .Send(Pick(language, "pues ni idea de dónde", "no idea where it is"))
            .AssertReply(Says(o.WhereToFindOrderNumber))
            .AssertReply(Says(t.HandoffConfirm))
            .StartTestAsync();

        await _harness.Flow(language, conversationId: "conv-2")
            .Send(Pick(language, "¿dónde está mi pedido?", "where's my order?"))
            .AssertReply(Says(o.AskOrderNumber))
            .Send(Pick(language, "el del martes", "the one from Tuesday"))
            .AssertReply(Says(o.OrderNumberRetry + " " + o.AskOrderNumber))
            .Send(Pick(language, "el de los auriculares", "the headphones one"))
            .AssertReply(Says(o.WhereToFindOrderNumber))
            .AssertReply(Says(t.HandoffConfirm))
            .Send("no")
            .AssertReply(Says(t.HandoffDeclined))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Spanish, "400101, cp 28013")]
    [InlineData(Language.English, "400101 28013")]
    public async Task NumberAndPostcode_InOneAnswer_AreCheckedAtOnce(Language language, string answer)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await AskedForTheNumber(language)
            .Send(answer)
            .AssertReply(StartsWith(o.Status(_harness.Shop.Order("400101"))))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        Assert.Equal(["FindVerifiedAsync"], _harness.Shop.Calls);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task NumberAndAWrongPostcode_InOneAnswer_KeepTheNumber_AndAskTheProofAgain(Language language)
    {
        var o = OrderTexts.For(language);
        await AskedForTheNumber(language)
            .Send("400101 28014")
            .AssertReply(Says(o.NoMatch))
            .AssertReply(Says(o.AskProofAgain("400101")))
            .Send("lucia.martin@example.es")
            .AssertReply(StartsWith(o.Status(_harness.Shop.Order("400101"))))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Spanish, "¿dónde está el 400101?")]
    [InlineData(Language.Spanish, "¿dónde está mi pedido? es el 400 101")]
    [InlineData(Language.English, "status of 400101")]
    [InlineData(Language.English, "where's my order 400-101?")]
    public async Task AnOrderNumber_WithoutTheWordOrder_IsTakenWithTheRequest(Language language, string request)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await _harness.Proving(language, request, "400101", "28013")
            .AssertReply(StartsWith(o.Status(_harness.Shop.Order("400101"))))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task AProvedOrder_IsNotProvedAgain_InTheSameConversation_UntilTheProofExpires(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await _harness.Proving(language, Pick(language, "¿dónde está mi pedido 400102?", "where's my order 400102?"), "400102", "28013")
            .AssertReply(StartsWith(o.Status(_harness.Shop.Order("400102"))))
            .AssertReply(Says(t.AnythingElse))
            .Send(Pick(language, "quiero devolver el pedido 400102", "I want to return order 400102"))
            .AssertReply(HasButtons("Cafetera espresso Lumo", "Molinillo de café Mola", o.WholeOrder))
            .Send(Pick(language, "cancelar", "cancel"))
            .AssertReply(Says(t.Cancelled))
            .StartTestAsync();

        Assert.Equal(["FindVerifiedAsync"], _harness.Shop.Calls);

        // Another conversation proves it again.
        await _harness.Flow(language, conversationId: "conv-2")
            .Send(Pick(language, "¿dónde está mi pedido 400102?", "where's my order 400102?"))
            .AssertReply(Says(o.AskProof("400102")))
            .StartTestAsync();

        // After thirty minutes, so does this one.
        _harness.Time.Advance(OrderSelfServiceSettings.Default.VerifiedDuration + TimeSpan.FromMinutes(1));
        await _harness.Flow(language)
            .Send(Pick(language, "necesito la factura del pedido 400102", "I need the invoice for order 400102"))
            .AssertReply(Says(o.AskProof("400102")))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task ALateOrder_IsCalledLate_WithAnApologyTheNextStepAndAPerson(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await _harness.Proving(language, Pick(language, "¿dónde está mi pedido 400107?", "where's my order 400107?"), "400107", "46002")
            .AssertReply(SaysWithLink(o.Status(_harness.Shop.Order("400107")), o.TrackButton, "https://gls-group.com/track?n=GLS445566"))
            .AssertReply(Says(o.Late(new DateOnly(2026, 11, 30), "GLS")))
            .AssertReply(Says(t.HandoffConfirm))
            .StartTestAsync();

        var late = o.Late(new DateOnly(2026, 11, 30), "GLS");
        Assert.Contains(Pick(language, "retraso", "late"), late, StringComparison.Ordinal);
        Assert.Contains(Pick(language, "30 de noviembre de 2026", "30 November 2026"), late, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task AnOrderOnTime_IsNotCalledLate(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await _harness.Proving(language, Pick(language, "¿dónde está mi pedido 400101?", "where's my order 400101?"), "400101", "28013")
            .AssertReply(StartsWith(o.Status(_harness.Shop.Order("400101"))))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task ASecondReturn_OfTheSameProduct_GivesTheExistingRma(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        var ask = Pick(language, "quiero devolver el pedido 400102", "I want to return order 400102");
        var grinder = Pick(language, "el molinillo", "the Mola grinder");
        await _harness.Proving(language, ask, "400102", "28013")
            .AssertReply(HasButtons("Cafetera espresso Lumo", "Molinillo de café Mola", o.WholeOrder))
            .Send(grinder).AssertReply(Says(o.AskReturnReason))
            .Send(o.ReasonChangedMind).AssertReply(StartsWith(o.ReturnCreated("RMA-000001", new DateOnly(2026, 12, 17), true, false, exchange: false)))
            .AssertReply(Says(t.AnythingElse))
            .Send(ask).AssertReply(HasButtons("Cafetera espresso Lumo", "Molinillo de café Mola", o.WholeOrder))
            .Send(grinder).AssertReply(Says(o.AskReturnReason))
            .Send(o.ReasonChangedMind).AssertReply(Says(o.ReturnAlreadyRequested("400102", "RMA-000001")))
            .StartTestAsync();

        Assert.Contains("RMA-000001", o.ReturnAlreadyRequested("400102", "RMA-000001"), StringComparison.Ordinal);
        Assert.Single(_harness.Shop.Returns);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task ASecondWarrantyClaim_ForTheSameProduct_GivesTheOpenCase(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        var ask = Pick(language, "quiero reclamar la garantía del pedido 400102", "warranty claim for order 400102");
        await _harness.Proving(language, ask, "400102", "28013")
            .AssertReply(HasButtons("Cafetera espresso Lumo", "Molinillo de café Mola"))
            .Send(Pick(language, "el molinillo", "the Mola grinder")).AssertReply(Says(o.AskSymptoms("Molinillo de café Mola")))
            .Send(Pick(language, "no muele", "it doesn't grind")).AssertReply(Says(o.WarrantyCreated("SAT-000001", "Molinillo de café Mola")))
            .AssertReply(Says(t.AnythingElse))
            .Send(ask).AssertReply(HasButtons("Cafetera espresso Lumo", "Molinillo de café Mola"))
            .Send(Pick(language, "el molinillo", "the Mola grinder")).AssertReply(Says(o.AskSymptoms("Molinillo de café Mola")))
            .Send(Pick(language, "sigue sin moler", "it still doesn't grind"))
            .AssertReply(Says(o.WarrantyAlreadyOpen("Molinillo de café Mola", "SAT-000001")))
            .StartTestAsync();

        Assert.Contains("SAT-000001", o.WarrantyAlreadyOpen("Molinillo de café Mola", "SAT-000001"), StringComparison.Ordinal);
        Assert.Single(_harness.Shop.Claims);
    }

    [Theory]
    [InlineData(Language.Spanish, TeamsScope.GroupChat)]
    [InlineData(Language.English, TeamsScope.GroupChat)]
    [InlineData(Language.Spanish, TeamsScope.Channel)]
    [InlineData(Language.English, TeamsScope.Channel)]
    public async Task InAChatOfSeveralPeople_OrdersAreNeverLookedUp_AndThePersonalChatIsSuggested(Language language, string conversationType)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        // Even a customer the shop vouched for: everyone in the chat would read the order.
        await _harness.Flow(language, vouchedCustomerId: "C-1001", teamsConversationType: conversationType)
            .Send(Pick(language, "¿dónde está mi pedido 400101?", "where's my order 400101?"))
            .AssertReply(Says(t.Welcome(Brand)))
            .AssertReply(Says(o.SharedChat))
            .AssertReply(Says(t.AnythingElse))
            .Send(Pick(language, "necesito la factura de mi compra", "I need the invoice for my purchase"))
            .AssertReply(Says(o.SharedChat))
            .StartTestAsync();

        Assert.Empty(_harness.Shop.Calls);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task InAPersonalTeamsChat_OrdersAreLookedUp(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        await _harness.Flow(language, teamsConversationType: TeamsScope.Personal)
            .Send(Pick(language, "¿dónde está mi pedido 400101?", "where's my order 400101?"))
            .AssertReply(Says(t.Welcome(Brand)))
            .AssertReply(Says(o.AskProof("400101")))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task InTeams_AnInvoiceTheShopDoesNotLink_ComesAsTheBotsOwnDownloadButton_NotAsAnAttachment(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        _harness.Shop.ServesInvoiceLinks = false;
        _harness.Links.BaseUrl = new Uri("https://bot.example/");
        await InvoiceOf400102InTeams(language)
            .AssertReply(SaysWithLink(o.InvoiceDownload("F2026-000102", "400102"), o.DownloadButton, "https://bot.example/invoices/400102"))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        var (order, caller) = Assert.Single(_harness.Links.Requests);
        Assert.Equal("400102", order);
        Assert.Equal(_harness.Shop.Callers[^1], caller);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task InTeams_WithoutLinks_TheCustomerIsToldWhereElseToGetTheInvoice_AndOfferedAPerson(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        _harness.Shop.ServesInvoiceLinks = false;
        await InvoiceOf400102InTeams(language)
            .AssertReply(Says(o.InvoiceNotInTeams("F2026-000102")))
            .AssertReply(Says(t.HandoffConfirm))
            .StartTestAsync();

        Assert.Single(_harness.Links.Requests);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task InTeams_TheShopsOwnInvoiceLink_IsTheButton(Language language)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        _harness.Links.BaseUrl = new Uri("https://bot.example/");
        await InvoiceOf400102InTeams(language)
            .AssertReply(SaysWithLink(o.InvoiceDownload("F2026-000102", "400102"), o.DownloadButton, "https://tienda.example/facturas/F2026-000102.pdf"))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        Assert.Empty(_harness.Links.Requests);
    }

    /// <summary>A personal Teams chat asking for the invoice of 400102 and proving it.</summary>
    private TestFlow InvoiceOf400102InTeams(Language language)
        => _harness.Flow(language, teamsConversationType: TeamsScope.Personal)
            .Send(Pick(language, "necesito la factura del pedido 400102", "I need the invoice for order 400102"))
            .AssertReply(Says(Texts.For(language).Welcome(Brand)))
            .AssertReply(Says(OrderTexts.For(language).AskProof("400102")))
            .Send("28013");
}
