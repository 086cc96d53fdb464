using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders;

/// <summary>Finds orders in the configured demo catalogue, only ever the asking customer's own.</summary>
public sealed class ConfiguredOrderLookup(IOptions<DemoOrdersOptions> options) : IOrderLookup
{
    /// <inheritdoc />
    public Task<OrderSummary?> FindAsync(string customerId, string orderId, CancellationToken cancellationToken)
    {
        var order = options.Value.Orders.Find(o =>
            string.Equals(o.CustomerId, customerId, StringComparison.Ordinal)
            && string.Equals(o.OrderId, orderId, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(order is null ? null : new OrderSummary(order.OrderId, order.Product, order.DeliveredOn));
    }
}
