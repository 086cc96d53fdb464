using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders;

/// <summary>Asks several order lookups in turn (the configured <c>DemoOrders</c> first, then the order provider) and
/// answers with the first that knows the customer's order.</summary>
public sealed class OrderLookupChain(IReadOnlyList<IOrderLookup> lookups) : IOrderLookup
{
    /// <inheritdoc />
    public async Task<OrderSummary?> FindAsync(string customerId, string orderId, CancellationToken cancellationToken)
    {
        foreach (var lookup in lookups)
        {
            if (await lookup.FindAsync(customerId, orderId, cancellationToken) is { } order)
            {
                return order;
            }
        }

        return null;
    }
}
