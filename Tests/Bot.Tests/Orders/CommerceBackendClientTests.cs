using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportBot.Bot.Orders.Http;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>Every <see cref="IOrderService"/> call of <see cref="CommerceBackendClient"/> against a local shop that speaks
/// the contract: what the shop receives (method, path, key, caller headers, body) and how its answers are mapped.</summary>
public sealed class CommerceBackendClientTests
{
    private const string Email = "ana.garcia@example.es";

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindVerified_WithEmail_PostsTheProofInTheBodyOnly_AndMapsTheWholeOrder()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var order = await harness.Orders.FindVerifiedAsync("SB-1001", Email, CommerceBackendHarness.Caller, None);

        var request = harness.SingleRequest("POST", "orders/SB-1001/verify");
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Contains("application/json", request.Accept, StringComparison.Ordinal);
        Assert.Equal(Email, request.Json["proof"]!.GetValue<string>());
        Assert.DoesNotContain("ana.garcia", request.RawTarget, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('?', request.RawTarget);
        Assert.Null(request.IdempotencyKey);

        Assert.NotNull(order);
        var today = CommerceBackendServer.Today;
        Assert.Equal("SB-1001", order.OrderNumber);
        Assert.Equal(today.AddDays(-12), order.PlacedOn);
        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.Equal("EUR", order.Currency);
        Assert.Equal(129.79m, order.Total);
        Assert.Equal("F2026-000101", order.InvoiceNumber);
        Assert.Equal(
            [
                new OrderLine("AUR-300", "Auriculares inalámbricos Sonora 300", 1, 89.90m, 36),
                new OrderLine("CAB-USB-C", "Cable USB-C trenzado 2 m", 2, 9.95m, 24),
                new OrderLine("FUN-GRAB", "Funda grabada personalizada", 1, 19.99m, 24, Returnable: false),
            ],
            order.Lines);
        Assert.Equal(
            new Shipment("SEUR", "SEUR123456789ES", new Uri("https://www.seur.com/livetracking/?segOnlineIdentificador=SEUR123456789ES"),
                today.AddDays(-10), today.AddDays(-8), today.AddDays(-8)),
            order.Shipment);
    }

    [Theory]
    [InlineData("SB-1001", " ANA.Garcia@Example.ES ")]
    [InlineData("SB-1001", "28013")]
    [InlineData("sb-1001", "28 013")]
    [InlineData("SB-1003", "sw1a1aa")]
    public async Task FindVerified_EmailOrPostcode_CaseAndSpacesDoNotMatter(string number, string proof)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var order = await harness.Orders.FindVerifiedAsync(number, proof, CommerceBackendHarness.Caller, None);

        Assert.NotNull(order);
        Assert.Equal(number.ToUpperInvariant(), order.OrderNumber);
        Assert.Equal(proof.Trim(), harness.Server.Requests.Single().Json["proof"]!.GetValue<string>());
    }

    [Fact]
    public async Task FindVerified_ShippedOrder_MapsTheShipmentOnItsWay_AndNoInvoice()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var order = await harness.Orders.FindVerifiedAsync("SB-1002", "28013", CommerceBackendHarness.Caller, None);

        Assert.NotNull(order);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(249.00m, order.Total);
        Assert.Null(order.InvoiceNumber);
        Assert.Equal(
            new Shipment("Correos Express", "CEX9988776655", null, CommerceBackendServer.Today.AddDays(-1), CommerceBackendServer.Today.AddDays(2), null),
            order.Shipment);
    }

    [Fact]
    public async Task FindVerified_WrongProofAndUnknownOrder_BothNull_AndTheShopAnswersThemIdentically()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        Assert.Null(await harness.Orders.FindVerifiedAsync("SB-1001", "someone@example.es", CommerceBackendHarness.Caller, None));
        Assert.Null(await harness.Orders.FindVerifiedAsync("SB-9999", Email, CommerceBackendHarness.Caller, None));
        Assert.Equal(2, harness.Server.Requests.Count);

        // On the wire, nothing tells "no such order" from "not your email".
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", CommerceBackendServer.ApiKey);
        using var wrongProof = await http.PostAsJsonAsync(new Uri(harness.Server.BaseUrl, "orders/SB-1001/verify"), new { proof = "someone@example.es" });
        using var unknownOrder = await http.PostAsJsonAsync(new Uri(harness.Server.BaseUrl, "orders/SB-9999/verify"), new { proof = Email });
        Assert.Equal(404, (int)wrongProof.StatusCode);
        Assert.Equal(wrongProof.StatusCode, unknownOrder.StatusCode);
        Assert.Equal(wrongProof.Content.Headers.ContentType, unknownOrder.Content.Headers.ContentType);
        Assert.Equal(await wrongProof.Content.ReadAsStringAsync(), await unknownOrder.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", Email)]
    [InlineData("   ", Email)]
    [InlineData("..", Email)]
    [InlineData(".", Email)]
    [InlineData("SB-1001", " ")]
    public async Task FindVerified_NothingThatCouldMatch_NullWithoutAskingTheShop(string number, string proof)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        Assert.Null(await harness.Orders.FindVerifiedAsync(number, proof, CommerceBackendHarness.Caller, None));
        Assert.Null(await harness.Orders.FindVerifiedAsync(new string('9', CommerceBackendClient.MaxKeyLength + 1), Email, CommerceBackendHarness.Caller, None));
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task FindVerified_OrderNumberWithSlashesAndSpaces_StaysOneEscapedPathSegment()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        Assert.Null(await harness.Orders.FindVerifiedAsync("../customers/cus_ana/orders/SB 1", Email, CommerceBackendHarness.Caller, None));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(CommerceBackendServer.ApiRoot + "orders/..%2Fcustomers%2Fcus_ana%2Forders%2FSB%201/verify", request.RawTarget);
    }

    [Fact]
    public async Task FindOwn_TheCustomersOwnOrder_GetsIt()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var order = await harness.Orders.FindOwnAsync("cus_john", "SB-1003", CommerceBackendHarness.Caller, None);

        var request = harness.SingleRequest("GET", "customers/cus_john/orders/SB-1003");
        Assert.Empty(request.Body);
        Assert.NotNull(order);
        Assert.Equal(299.00m, order.Total);
        Assert.Equal(new Uri("https://gls-group.com/ES/es/seguimiento-envio?match=GLS55443322"), order.Shipment!.TrackingUrl);
    }

    [Theory]
    [InlineData("cus_ana", "SB-1003")]
    [InlineData("cus_ana", "SB-9999")]
    [InlineData("cus_nobody", "SB-1001")]
    public async Task FindOwn_NotTheirsOrUnknown_Null(string customerId, string number)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        Assert.Null(await harness.Orders.FindOwnAsync(customerId, number, CommerceBackendHarness.Caller, None));
        Assert.Single(harness.Server.Requests);
    }

    [Theory]
    [InlineData(false, "refund", true)]
    [InlineData(true, "exchange", false)]
    public async Task StartReturn_Eligible_PostsTheRequest_AndMapsTheRma(bool exchange, string resolution, bool customerPays)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var outcome = await harness.Orders.StartReturnAsync(
            new ReturnRequest("SB-1001", ["AUR-300"], "El sonido se corta, quiero devolverlos", exchange), CommerceBackendHarness.Caller, None);

        var request = harness.SingleRequest("POST", "orders/SB-1001/returns");
        Assert.False(string.IsNullOrWhiteSpace(request.IdempotencyKey));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$"""{"skus":["AUR-300"],"reason":"El sonido se corta, quiero devolverlos","resolution":"{{resolution}}"}"""),
            request.Json));

        Assert.Equal(ReturnStatus.Created, outcome.Status);
        Assert.Equal("RMA-2026-00001", outcome.RmaNumber);
        Assert.Equal(CommerceBackendServer.Today.AddDays(14), outcome.ReturnBy);
        Assert.Equal(customerPays, outcome.CustomerPaysShipping);
        Assert.Equal(exchange ? new Uri("https://shop.example/returns/RMA-2026-00001/label.pdf") : null, outcome.LabelUrl);
    }

    [Fact]
    public async Task StartReturn_WholeOrder_SendsNoSkus()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var outcome = await harness.Orders.StartReturnAsync(new ReturnRequest("SB-1001", [], "No me convence", false), CommerceBackendHarness.Caller, None);

        Assert.Equal(ReturnStatus.Created, outcome.Status);
        Assert.Empty(harness.Server.Requests.Single().Json["skus"]!.AsArray());
    }

    [Theory]
    [InlineData("SB-1003", "ROB-X2", ReturnStatus.OutsideWindow)]
    [InlineData("SB-1002", "CAF-EXP", ReturnStatus.NotDelivered)]
    [InlineData("SB-1001", "FUN-GRAB", ReturnStatus.NotReturnable)]
    public async Task StartReturn_ShopSaysNo_ProblemCodeMapsToTheStatus(string number, string sku, ReturnStatus expected)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var outcome = await harness.Orders.StartReturnAsync(new ReturnRequest(number, [sku], "Ya no lo quiero", false), CommerceBackendHarness.Caller, None);

        Assert.Equal(expected, outcome.Status);
        Assert.Null(outcome.RmaNumber);
        // Outside the window, the window's end comes with the answer (delivered 60 days ago, 30-day window).
        Assert.Equal(expected == ReturnStatus.OutsideWindow ? CommerceBackendServer.Today.AddDays(-30) : null, outcome.ReturnBy);
        Assert.Empty(harness.Server.Rmas);
    }

    [Fact]
    public async Task StartReturn_Twice_SecondIsAlreadyRequested_WithTheExistingRma()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        var request = new ReturnRequest("SB-1001", ["CAB-USB-C"], "Not needed", false);

        var first = await harness.Orders.StartReturnAsync(request, CommerceBackendHarness.Caller, None);
        var second = await harness.Orders.StartReturnAsync(request, CommerceBackendHarness.Caller, None);

        Assert.Equal(ReturnStatus.Created, first.Status);
        Assert.Equal(ReturnStatus.AlreadyRequested, second.Status);
        Assert.NotNull(first.RmaNumber);
        Assert.Equal(first.RmaNumber, second.RmaNumber);
        Assert.NotEqual(harness.Server.Requests[0].IdempotencyKey, harness.Server.Requests[1].IdempotencyKey);
        Assert.Single(harness.Server.Rmas);
    }

    [Fact]
    public async Task OpenWarrantyClaim_WithinWarranty_PostsTheClaim_AndMapsTheCase()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var outcome = await harness.Orders.OpenWarrantyClaimAsync(
            new WarrantyClaimRequest("SB-1001", "AUR-300", "The left earbud doesn't charge"), CommerceBackendHarness.Caller, None);

        var request = harness.SingleRequest("POST", "orders/SB-1001/warranty-claims");
        Assert.False(string.IsNullOrWhiteSpace(request.IdempotencyKey));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"sku":"AUR-300","symptoms":"The left earbud doesn't charge"}"""), request.Json));
        Assert.Equal(new WarrantyOutcome(WarrantyStatus.Created, "SAT-2026-00001", CommerceBackendServer.Today.AddDays(-8).AddMonths(36)), outcome);
    }

    [Theory]
    [InlineData("SB-0420", "TAB-10", WarrantyStatus.Expired)]
    [InlineData("SB-1002", "CAF-EXP", WarrantyStatus.NotDelivered)]
    [InlineData("SB-1001", "TAB-10", WarrantyStatus.UnknownProduct)]
    public async Task OpenWarrantyClaim_ShopSaysNo_ProblemCodeMapsToTheStatus(string number, string sku, WarrantyStatus expected)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var outcome = await harness.Orders.OpenWarrantyClaimAsync(new WarrantyClaimRequest(number, sku, "No enciende"), CommerceBackendHarness.Caller, None);

        Assert.Equal(expected, outcome.Status);
        Assert.Null(outcome.CaseNumber);
        // Delivered 2022-06-08 with 36 months: ended 2025-06-08.
        Assert.Equal(expected == WarrantyStatus.Expired ? new DateOnly(2025, 6, 8) : null, outcome.WarrantyEndsOn);
    }

    [Fact]
    public async Task OpenWarrantyClaim_Twice_SecondIsAlreadyOpen_WithTheOpenCase()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        var claim = new WarrantyClaimRequest("SB-1003", "ROB-X2", "Se queda parado a los cinco minutos");

        var first = await harness.Orders.OpenWarrantyClaimAsync(claim, CommerceBackendHarness.Caller, None);
        var second = await harness.Orders.OpenWarrantyClaimAsync(claim, CommerceBackendHarness.Caller, None);

        Assert.Equal(WarrantyStatus.Created, first.Status);
        Assert.Equal(new WarrantyOutcome(WarrantyStatus.AlreadyOpen, first.CaseNumber), second);
    }

    [Fact]
    public async Task GetInvoice_ShopSendsThePdf_CopyCarriesTheDocument()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var invoice = await harness.Orders.GetInvoiceAsync("SB-1001", CommerceBackendHarness.Caller, None);

        var request = harness.SingleRequest("GET", "orders/SB-1001/invoice");
        Assert.Contains("application/pdf", request.Accept, StringComparison.Ordinal);
        Assert.NotNull(invoice);
        Assert.Equal("F2026-000101", invoice.InvoiceNumber);
        Assert.Equal("factura-F2026-000101.pdf", invoice.FileName);
        Assert.Equal(CommerceBackendServer.InvoicePdf, invoice.Pdf.ToArray());
        Assert.Null(invoice.DownloadUrl);
    }

    [Fact]
    public async Task GetInvoice_ShopSendsALink_CopyCarriesTheLink()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        var invoice = await harness.Orders.GetInvoiceAsync("SB-1003", CommerceBackendHarness.Caller, None);

        Assert.NotNull(invoice);
        Assert.Equal("F2026-000087", invoice.InvoiceNumber);
        Assert.Equal("factura-F2026-000087.pdf", invoice.FileName);
        Assert.True(invoice.Pdf.IsEmpty);
        Assert.Equal(new Uri("https://shop.example/invoices/F2026-000087.pdf?sig=4f1c"), invoice.DownloadUrl);
    }

    [Theory]
    [InlineData("SB-1002")]
    [InlineData("SB-9999")]
    public async Task GetInvoice_NotInvoicedOrUnknown_Null(string number)
    {
        await using var harness = await CommerceBackendHarness.StartAsync();

        Assert.Null(await harness.Orders.GetInvoiceAsync(number, CommerceBackendHarness.Caller, None));
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Caller_WithAccentsAndReservedCharacters_ReachesTheShopIntact()
    {
        await using var harness = await CommerceBackendHarness.StartAsync();
        var caller = new OrderCaller("msteams:29:1Núñez+José", "a:conv 50%");

        await harness.Orders.GetInvoiceAsync("SB-1003", caller, None);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(caller.CustomerId, request.Customer);
        Assert.Equal(caller.ConversationId, request.Conversation);
    }
}
