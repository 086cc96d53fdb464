using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Bot.Orders;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>Every self-service action is recorded — who, what, when, how it ended — and never the proof typed.</summary>
public sealed class SelfServiceRecordTests : IDisposable
{
    private readonly OrderStoreFixture _shop = new();

    public void Dispose() => _shop.Dispose();

    [Fact]
    public async Task EveryAction_IsRecorded_ForItsConversation()
    {
        var caller = OrderStoreFixture.Caller("conv-ana", "webchat:ana");
        Assert.Null(await _shop.Service.FindVerifiedAsync("400101", "28099", caller, default));
        Assert.Null(await _shop.Service.FindVerifiedAsync("999999", "28013", caller, default));
        _shop.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(await _shop.Service.FindVerifiedAsync("400101", "28013", caller, default));
        var rma = await _shop.Service.StartReturnAsync(new ReturnRequest("400101", [], "Llegó roto", false), caller, default);
        var claim = await _shop.Service.OpenWarrantyClaimAsync(new WarrantyClaimRequest("400113", "AER-KT17", "No calienta"), caller, default);
        var invoice = await _shop.Service.GetInvoiceAsync("400101", caller, default);
        Assert.Null(await _shop.Service.GetInvoiceAsync("400102", caller, default));
        Assert.Null(await _shop.Service.FindOwnAsync("C1002", "400101", caller, default));
        await _shop.Service.FindVerifiedAsync("400108", "emily.johnson@mail.co.uk", OrderStoreFixture.Caller("conv-other", "webchat:em"), default);

        var actions = await _shop.Log.ListByConversationAsync("conv-ana", 50, default);

        Assert.Equal(
        [
            (SelfServiceActionKind.Verify, "400101", "Failed", (string?)null),
            (SelfServiceActionKind.Verify, "999999", "Failed", null),
            (SelfServiceActionKind.Verify, "400101", "Verified", null),
            (SelfServiceActionKind.Return, "400101", "Created", rma.RmaNumber),
            (SelfServiceActionKind.Warranty, "400113", "Expired", null),
            (SelfServiceActionKind.Invoice, "400101", "Sent", invoice!.InvoiceNumber),
            (SelfServiceActionKind.Invoice, "400102", "NotInvoiced", null),
            (SelfServiceActionKind.OpenOwnOrder, "400101", "NotFound", null),
        ], actions.Select(a => (a.Action, a.OrderNumber, a.Outcome, a.Reference)));
        Assert.All(actions, a => Assert.Equal(("webchat:ana", "conv-ana"), (a.CustomerId, a.ConversationId)));
        Assert.Equal(OrderStoreFixture.SeedingDay, actions[0].At);
        Assert.Equal(OrderStoreFixture.SeedingDay.AddMinutes(1), actions[2].At);
        Assert.Equal(WarrantyStatus.Expired, claim.Status);
        Assert.Single(await _shop.Log.ListByConversationAsync("conv-other", 50, default));
    }

    [Fact]
    public async Task FailedCheck_NeverStoresTheProof()
    {
        await _shop.Service.FindVerifiedAsync("400101", "secret.guess@correo.es", OrderStoreFixture.Caller("conv-canary-7f3a"), default);

        // Every file of the store and the log, write-ahead logs included: the conversation id is there, the proof is not.
        var files = Directory.GetFiles(_shop.Folder).Select(f => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(f))).ToList();
        Assert.Contains(files, f => f.Contains("conv-canary-7f3a", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains("secret.guess", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Limit_KeepsTheMostRecent()
    {
        for (var i = 0; i < 5; i++)
        {
            await _shop.Service.FindVerifiedAsync("40010" + i, "x", OrderStoreFixture.Caller(), default);
        }

        var actions = await _shop.Log.ListByConversationAsync("conv-1", 2, default);

        Assert.Equal(["400103", "400104"], actions.Select(a => a.OrderNumber));
    }

    [Fact]
    public async Task OrderSystemDown_IsRecorded_AndTheErrorReachesTheDialog()
    {
        var service = new RecordedOrderService(new DownOrderService(), _shop.Log, _shop.Clock, NullLogger<RecordedOrderService>.Instance);

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => service.StartReturnAsync(new ReturnRequest("400101", [], "x", false), OrderStoreFixture.Caller(), default));

        var action = Assert.Single(await _shop.Log.ListByConversationAsync("conv-1", 50, default));
        Assert.Equal((SelfServiceActionKind.Return, "Unavailable"), (action.Action, action.Outcome));
    }

    private sealed class DownOrderService : IOrderService
    {
        public Task<OrderDetails?> FindVerifiedAsync(string orderNumber, string proof, OrderCaller caller, CancellationToken cancellationToken) => throw new OrderServiceUnavailableException();

        public Task<OrderDetails?> FindOwnAsync(string customerId, string orderNumber, OrderCaller caller, CancellationToken cancellationToken) => throw new OrderServiceUnavailableException();

        public Task<ReturnOutcome> StartReturnAsync(ReturnRequest request, OrderCaller caller, CancellationToken cancellationToken) => throw new OrderServiceUnavailableException("down");

        public Task<WarrantyOutcome> OpenWarrantyClaimAsync(WarrantyClaimRequest request, OrderCaller caller, CancellationToken cancellationToken) => throw new OrderServiceUnavailableException();

        public Task<InvoiceCopy?> GetInvoiceAsync(string orderNumber, OrderCaller caller, CancellationToken cancellationToken) => throw new OrderServiceUnavailableException();
    }
}
