using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders;

/// <summary>The order service of a bot with no order system configured: every call says the system cannot answer, so
/// the dialogs apologise and offer a person instead of failing. Replaced by any registered <see cref="IOrderService"/>.</summary>
public sealed partial class UnavailableOrderService(ILogger<UnavailableOrderService> logger) : IOrderService
{
    /// <inheritdoc />
    public Task<OrderDetails?> FindVerifiedAsync(string orderNumber, string proof, OrderCaller caller, CancellationToken cancellationToken)
        => throw Unavailable();

    /// <inheritdoc />
    public Task<OrderDetails?> FindOwnAsync(string customerId, string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
        => throw Unavailable();

    /// <inheritdoc />
    public Task<ReturnOutcome> StartReturnAsync(ReturnRequest request, OrderCaller caller, CancellationToken cancellationToken)
        => throw Unavailable();

    /// <inheritdoc />
    public Task<WarrantyOutcome> OpenWarrantyClaimAsync(WarrantyClaimRequest request, OrderCaller caller, CancellationToken cancellationToken)
        => throw Unavailable();

    /// <inheritdoc />
    public Task<InvoiceCopy?> GetInvoiceAsync(string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
        => throw Unavailable();

    private OrderServiceUnavailableException Unavailable()
    {
        LogNoOrderSystem(logger);
        return new OrderServiceUnavailableException("No order system is configured.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A customer asked for order self-service, but no order system is configured")]
    private static partial void LogNoOrderSystem(ILogger logger);
}
