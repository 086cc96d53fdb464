using SupportBot.Bot.Orders;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>The demo store against a real SQLite file: seeding, identity checks, returns, warranty, invoices.</summary>
public sealed class SqliteOrderStoreTests : IDisposable
{
    private readonly OrderStoreFixture _shop = new();

    public void Dispose() => _shop.Dispose();

    [Fact]
    public async Task Seed_RunsOnce_HoweverManyInstancesOpenTheFile()
    {
        var first = await _shop.Store.StartReturnAsync(new ReturnRequest("400101", [], "Me arrepentí", false), OrderStoreFixture.Caller(), default);
        _shop.Clock.Advance(TimeSpan.FromDays(2));

        var reopened = _shop.Reopen();
        var again = await reopened.StartReturnAsync(new ReturnRequest("400101", [], "Me arrepentí", false), OrderStoreFixture.Caller(), default);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _shop.Reopen().FindOwnAsync("C1001", "400101", OrderStoreFixture.Caller(), default)));

        Assert.Equal(1, await _shop.CountAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(30, await _shop.CountAsync("SELECT COUNT(*) FROM orders"));
        Assert.Equal(12, await _shop.CountAsync("SELECT COUNT(*) FROM customers"));
        Assert.Equal(ReturnStatus.AlreadyRequested, again.Status);
        Assert.Equal(first.RmaNumber, again.RmaNumber);
    }

    [Fact]
    public async Task Seed_DatesCountFromTheSeedingDay()
    {
        var recent = await _shop.Store.FindOwnAsync("C1001", "400101", OrderStoreFixture.Caller(), default);
        var onTheWay = await _shop.Store.FindOwnAsync("C1004", "400104", OrderStoreFixture.Caller(), default);

        Assert.Equal(OrderStatus.Delivered, recent!.Status);
        Assert.Equal(OrderStoreFixture.Today.AddDays(-6), recent.Shipment!.DeliveredOn);
        Assert.Equal("SEUR", recent.Shipment.Carrier);
        Assert.StartsWith("https://www.seur.com/", recent.Shipment.TrackingUrl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(89.99m, recent.Total);
        Assert.Matches(@"^F2026-\d{6}$", recent.InvoiceNumber);
        Assert.Equal(OrderStatus.Shipped, onTheWay!.Status);
        Assert.Null(onTheWay.Shipment!.DeliveredOn);
        Assert.Equal(OrderStoreFixture.Today.AddDays(2), onTheWay.Shipment.EstimatedDelivery);
    }

    [Fact]
    public async Task Seed_HasOrdersInEveryState()
    {
        var statuses = new HashSet<OrderStatus>();
        for (var number = 400101; number <= 400130; number++)
        {
            var order = await FindAnyAsync(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            statuses.Add(order.Status);
        }

        Assert.Equal(Enum.GetValues<OrderStatus>().ToHashSet(), statuses);
    }

    [Theory]
    [InlineData("400101", "28013")]
    [InlineData("400101", " 28 013 ")]
    [InlineData("#400101", "LUCIA.MARTIN@correo.es")]
    [InlineData(" 400108 ", "  Emily.Johnson@MAIL.co.uk ")]
    [InlineData("400108", "eh12ng")]
    [InlineData("400108", "EH1 2NG")]
    [InlineData("400110", "d02-x285")]
    public async Task FindVerified_MatchesEmailOrPostcode_IgnoringCaseAndSpaces(string orderNumber, string proof)
    {
        var order = await _shop.Store.FindVerifiedAsync(orderNumber, proof, OrderStoreFixture.Caller(), default);

        Assert.NotNull(order);
        Assert.Equal(orderNumber.Trim().TrimStart('#'), order.OrderNumber);
    }

    [Theory]
    [InlineData("400101", "28014")]
    [InlineData("400101", "emily.johnson@mail.co.uk")]
    [InlineData("400101", "")]
    [InlineData("400101", "   ")]
    [InlineData("999999", "28013")]
    [InlineData("", "28013")]
    [InlineData("4001010000000000000000000000000000000000", "28013")]
    public async Task FindVerified_WrongProofAndUnknownOrder_AreBothJustNull(string orderNumber, string proof)
        => Assert.Null(await _shop.Store.FindVerifiedAsync(orderNumber, proof, OrderStoreFixture.Caller(), default));

    [Fact]
    public async Task FindOwn_OnlyTheVouchedCustomersOrder()
    {
        Assert.NotNull(await _shop.Store.FindOwnAsync("C1008", "400108", OrderStoreFixture.Caller(), default));
        Assert.Null(await _shop.Store.FindOwnAsync("C1001", "400108", OrderStoreFixture.Caller(), default));
        Assert.Null(await _shop.Store.FindOwnAsync("c1008", "400108", OrderStoreFixture.Caller(), default));
    }

    [Fact]
    public async Task OrderLookup_ForTheSignedSurveyLink_GivesTheMainProduct()
    {
        var summary = await ((IOrderLookup)_shop.Store).FindAsync("C1008", "400108", default);

        Assert.Equal(new OrderSummary("400108", "Brisa smartwatch 2", OrderStoreFixture.Today.AddDays(-3)), summary);
        Assert.Null(await ((IOrderLookup)_shop.Store).FindAsync("C1009", "400108", default));
    }

    [Fact]
    public async Task Return_ChangeOfMindInsideTheWindow_CustomerPaysShipping()
    {
        var outcome = await _shop.Store.StartReturnAsync(new ReturnRequest("400101", [], "Ya no los quiero", false), OrderStoreFixture.Caller(), default);

        Assert.Equal(ReturnStatus.Created, outcome.Status);
        Assert.Matches(@"^RMA-2026-\d{5}$", outcome.RmaNumber);
        Assert.Equal(OrderStoreFixture.Today.AddDays(14), outcome.ReturnBy);
        Assert.True(outcome.CustomerPaysShipping);
        Assert.Null(outcome.LabelUrl);
    }

    [Theory]
    [InlineData("Llegó roto")]
    [InlineData("La pantalla esta DAÑADA")]
    [InlineData("It arrived broken")]
    [InlineData("Wrong colour sent")]
    public async Task Return_DefectiveOrWrongItem_ShopPaysAndGivesALabel(string reason)
    {
        var outcome = await _shop.Store.StartReturnAsync(new ReturnRequest("400108", ["bri-watch2"], reason, false), OrderStoreFixture.Caller(), default);

        Assert.Equal(ReturnStatus.Created, outcome.Status);
        Assert.False(outcome.CustomerPaysShipping);
        Assert.Equal($"https://shop.example.com/returns/labels/{outcome.RmaNumber}.pdf", outcome.LabelUrl!.ToString());
    }

    [Fact]
    public async Task Return_SecondRequest_GivesTheSameRma()
    {
        var first = await _shop.Store.StartReturnAsync(new ReturnRequest("400108", ["TER-MAT6"], "too thin", false), OrderStoreFixture.Caller(), default);
        var second = await _shop.Store.StartReturnAsync(new ReturnRequest("400108", [], "too thin", true), OrderStoreFixture.Caller("conv-2"), default);
        var other = await _shop.Store.StartReturnAsync(new ReturnRequest("400108", ["BRI-WATCH2"], "defective", false), OrderStoreFixture.Caller(), default);

        Assert.Equal(ReturnStatus.AlreadyRequested, second.Status);
        Assert.Equal(first.RmaNumber, second.RmaNumber);
        Assert.Equal(first.ReturnBy, second.ReturnBy);
        Assert.Equal(ReturnStatus.Created, other.Status);
        Assert.NotEqual(first.RmaNumber, other.RmaNumber);
    }

    [Fact]
    public async Task Return_SeededOpenReturn_IsAlreadyRequested()
    {
        var outcome = await _shop.Store.StartReturnAsync(new ReturnRequest("400123", [], "broken strap", false), OrderStoreFixture.Caller(), default);

        Assert.Equal(ReturnStatus.AlreadyRequested, outcome.Status);
        Assert.Matches(@"^RMA-2026-\d{5}$", outcome.RmaNumber);
        Assert.NotNull(outcome.LabelUrl);
    }

    [Fact]
    public async Task Return_OutsideTheWindow_SaysWhenItEnded()
    {
        var outcome = await _shop.Store.StartReturnAsync(new ReturnRequest("400105", [], "no me gusta", false), OrderStoreFixture.Caller(), default);

        Assert.Equal(ReturnStatus.OutsideWindow, outcome.Status);
        Assert.Null(outcome.RmaNumber);
        Assert.Equal(OrderStoreFixture.Today.AddDays(-45 + 30), outcome.ReturnBy);
    }

    [Fact]
    public async Task Return_WindowCloses_AsTimeGoesOn()
    {
        var lastDays = await FindAnyAsync("400116");
        _shop.Clock.Advance(TimeSpan.FromDays(3));

        var outcome = await _shop.Store.StartReturnAsync(new ReturnRequest("400116", [], "no lo necesito", false), OrderStoreFixture.Caller(), default);

        Assert.Equal(OrderStoreFixture.Today.AddDays(-28), lastDays.Shipment!.DeliveredOn);
        Assert.Equal(ReturnStatus.OutsideWindow, outcome.Status);
    }

    [Fact]
    public async Task Return_WindowFromOptions()
    {
        using var generous = new OrderStoreFixture(new OrdersOptions { ReturnWindowDays = 60, FreeReturns = true });

        var outcome = await generous.Store.StartReturnAsync(new ReturnRequest("400105", [], "no me gusta", false), OrderStoreFixture.Caller(), default);

        Assert.Equal(ReturnStatus.Created, outcome.Status);
        Assert.False(outcome.CustomerPaysShipping);
        Assert.NotNull(outcome.LabelUrl);
    }

    [Theory]
    [InlineData("400104")] // shipped, on the way
    [InlineData("400102")] // processing
    [InlineData("400103")] // just placed
    [InlineData("400106")] // cancelled
    public async Task Return_NotDelivered_IsNotEligible(string orderNumber)
    {
        var outcome = await _shop.Store.StartReturnAsync(new ReturnRequest(orderNumber, [], "changed my mind", false), OrderStoreFixture.Caller(), default);

        Assert.Equal(ReturnStatus.NotDelivered, outcome.Status);
        Assert.Null(outcome.RmaNumber);
    }

    [Fact]
    public async Task Return_HygieneGoods_AreNotReturnable_TheRestOfTheOrderIs()
    {
        var earbuds = await _shop.Store.StartReturnAsync(new ReturnRequest("400107", ["PUL-BUDS"], "no me gustan", false), OrderStoreFixture.Caller(), default);
        var whole = await _shop.Store.StartReturnAsync(new ReturnRequest("400107", [], "no me gustan", false), OrderStoreFixture.Caller(), default);
        var earbudsAgain = await _shop.Store.StartReturnAsync(new ReturnRequest("400107", ["PUL-BUDS"], "no me gustan", false), OrderStoreFixture.Caller(), default);

        Assert.Equal(ReturnStatus.NotReturnable, earbuds.Status);
        Assert.Equal(ReturnStatus.Created, whole.Status);
        Assert.Equal(ReturnStatus.NotReturnable, earbudsAgain.Status);
    }

    [Fact]
    public async Task Return_UnknownOrder_IsNotReturnable()
        => Assert.Equal(ReturnStatus.NotReturnable,
            (await _shop.Store.StartReturnAsync(new ReturnRequest("123", [], "x", false), OrderStoreFixture.Caller(), default)).Status);

    [Fact]
    public async Task Warranty_WithinItsPeriod_OpensACase_OnlyOnce()
    {
        var outcome = await _shop.Store.OpenWarrantyClaimAsync(new WarrantyClaimRequest("400105", "aer-kt17", "No calienta el agua"), OrderStoreFixture.Caller(), default);
        var again = await _shop.Store.OpenWarrantyClaimAsync(new WarrantyClaimRequest("400105", "AER-KT17", "Sigue sin calentar"), OrderStoreFixture.Caller(), default);

        Assert.Equal(WarrantyStatus.Created, outcome.Status);
        Assert.Matches(@"^GAR-2026-\d{5}$", outcome.CaseNumber);
        Assert.Equal(OrderStoreFixture.Today.AddDays(-45).AddMonths(36), outcome.WarrantyEndsOn);
        Assert.Equal(WarrantyStatus.AlreadyOpen, again.Status);
        Assert.Equal(outcome.CaseNumber, again.CaseNumber);
    }

    [Theory]
    [InlineData("400113", "AER-KT17", 1300, 36)] // three and a half years ago
    [InlineData("400114", "ORB-S5-REF", 456, 12)] // refurbished, one year
    public async Task Warranty_Expired_SaysWhenItEnded(string orderNumber, string sku, int deliveredDaysAgo, int months)
    {
        var outcome = await _shop.Store.OpenWarrantyClaimAsync(new WarrantyClaimRequest(orderNumber, sku, "Ya no enciende"), OrderStoreFixture.Caller(), default);

        Assert.Equal(WarrantyStatus.Expired, outcome.Status);
        Assert.Null(outcome.CaseNumber);
        Assert.Equal(OrderStoreFixture.Today.AddDays(-deliveredDaysAgo).AddMonths(months), outcome.WarrantyEndsOn);
    }

    [Fact]
    public async Task Warranty_OtherOutcomes()
    {
        Assert.Equal(WarrantyStatus.UnknownProduct,
            (await _shop.Store.OpenWarrantyClaimAsync(new WarrantyClaimRequest("400105", "NIM-X2-BLK", "x"), OrderStoreFixture.Caller(), default)).Status);
        Assert.Equal(WarrantyStatus.UnknownProduct,
            (await _shop.Store.OpenWarrantyClaimAsync(new WarrantyClaimRequest("999999", "AER-KT17", "x"), OrderStoreFixture.Caller(), default)).Status);
        Assert.Equal(WarrantyStatus.NotDelivered,
            (await _shop.Store.OpenWarrantyClaimAsync(new WarrantyClaimRequest("400104", "VEL-ESP1", "x"), OrderStoreFixture.Caller(), default)).Status);
        Assert.Equal(WarrantyStatus.AlreadyOpen,
            (await _shop.Store.OpenWarrantyClaimAsync(new WarrantyClaimRequest("400126", "ORB-S5", "x"), OrderStoreFixture.Caller(), default)).Status);
    }

    [Theory]
    [InlineData("400102")] // processing
    [InlineData("400118")] // delivered, invoice not issued yet
    [InlineData("400106")] // cancelled
    [InlineData("999999")]
    public async Task Invoice_NotInvoiced_IsNull(string orderNumber)
        => Assert.Null(await _shop.Store.GetInvoiceAsync(orderNumber, OrderStoreFixture.Caller(), default));

    private async Task<OrderDetails> FindAnyAsync(string orderNumber)
    {
        for (var customer = 1001; customer <= 1012; customer++)
        {
            if (await _shop.Store.FindOwnAsync($"C{customer}", orderNumber, OrderStoreFixture.Caller(), default) is { } order)
            {
                return order;
            }
        }

        throw new InvalidOperationException($"No seeded order {orderNumber}.");
    }
}
