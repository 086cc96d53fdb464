namespace SupportBot.Dialogs.Abstractions;

/// <summary>Finds a customer's own order (never another customer's).</summary>
public interface IOrderLookup
{
    /// <summary>The order, when it exists and belongs to <paramref name="customerId"/>.</summary>
    Task<OrderSummary?> FindAsync(string customerId, string orderId, CancellationToken cancellationToken);
}
