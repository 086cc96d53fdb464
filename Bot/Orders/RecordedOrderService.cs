using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders;

/// <summary>Wraps whichever <see cref="IOrderService"/> is configured (the demo store or a commerce backend) and records
/// every self-service action — who, what, when, how it ended — in the <see cref="ISelfServiceLog"/> agents read. Failed
/// identity checks are recorded too, never with the proof the customer typed.</summary>
public sealed partial class RecordedOrderService(IOrderService inner, ISelfServiceLog log, TimeProvider time, ILogger<RecordedOrderService> logger)
    : IOrderService
{
    /// <summary>Outcome of a successful identity check.</summary>
    public const string Verified = "Verified";

    /// <inheritdoc />
    public Task<OrderDetails?> FindVerifiedAsync(string orderNumber, string proof, OrderCaller caller, CancellationToken cancellationToken)
        => RunAsync(caller, SelfServiceActionKind.Verify, orderNumber,
            () => inner.FindVerifiedAsync(orderNumber, proof, caller, cancellationToken),
            order => (order is null ? SelfServiceAction.Failed : Verified, null),
            cancellationToken);

    /// <inheritdoc />
    public Task<OrderDetails?> FindOwnAsync(string customerId, string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
        => RunAsync(caller, SelfServiceActionKind.OpenOwnOrder, orderNumber,
            () => inner.FindOwnAsync(customerId, orderNumber, caller, cancellationToken),
            order => (order is null ? "NotFound" : "Found", null),
            cancellationToken);

    /// <inheritdoc />
    public Task<ReturnOutcome> StartReturnAsync(ReturnRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(caller, SelfServiceActionKind.Return, request.OrderNumber,
            () => inner.StartReturnAsync(request, caller, cancellationToken),
            outcome => (outcome.Status.ToString(), outcome.RmaNumber),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<WarrantyOutcome> OpenWarrantyClaimAsync(WarrantyClaimRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(caller, SelfServiceActionKind.Warranty, request.OrderNumber,
            () => inner.OpenWarrantyClaimAsync(request, caller, cancellationToken),
            outcome => (outcome.Status.ToString(), outcome.CaseNumber),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<InvoiceCopy?> GetInvoiceAsync(string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
        => RunAsync(caller, SelfServiceActionKind.Invoice, orderNumber,
            () => inner.GetInvoiceAsync(orderNumber, caller, cancellationToken),
            invoice => (invoice is null ? "NotInvoiced" : "Sent", invoice?.InvoiceNumber),
            cancellationToken);

    private async Task<T> RunAsync<T>(
        OrderCaller caller, SelfServiceActionKind action, string orderNumber, Func<Task<T>> call, Func<T, (string Outcome, string? Reference)> describe,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        T result;
        try
        {
            result = await call();
        }
        catch (OrderServiceUnavailableException)
        {
            await RecordAsync(new SelfServiceAction(time.GetUtcNow(), caller.CustomerId, caller.ConversationId, action, orderNumber ?? string.Empty,
                SelfServiceAction.Unavailable), cancellationToken);
            throw;
        }

        var (outcome, reference) = describe(result);
        await RecordAsync(new SelfServiceAction(time.GetUtcNow(), caller.CustomerId, caller.ConversationId, action, orderNumber ?? string.Empty,
            outcome, reference), cancellationToken);
        return result;
    }

    private async Task RecordAsync(SelfServiceAction action, CancellationToken cancellationToken)
    {
        try
        {
            await log.RecordAsync(action, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The record is context for agents: losing it must not fail the customer's request.
            LogRecordFailed(e, action.ConversationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record a self-service action of conversation {ConversationId}")]
    private partial void LogRecordFailed(Exception exception, string conversationId);
}
