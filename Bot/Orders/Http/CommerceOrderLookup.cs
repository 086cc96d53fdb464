using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders.Http;

/// <summary>The order a signed survey link names, looked up in the shop's commerce backend (<c>Orders:Provider=Http</c>):
/// only the customer's own order. A backend that cannot answer leaves the survey without its order context.</summary>
public sealed partial class CommerceOrderLookup(CommerceBackendClient client, ILogger<CommerceOrderLookup> logger) : IOrderLookup
{
    /// <summary>Conversation named to the backend for lookups made before any conversation asks (survey links).</summary>
    public const string SurveyLinkConversation = "survey-link";

    /// <inheritdoc />
    public async Task<OrderSummary?> FindAsync(string customerId, string orderId, CancellationToken cancellationToken)
    {
        try
        {
            var order = await client.FindOwnAsync(customerId, orderId, new OrderCaller(customerId, SurveyLinkConversation), cancellationToken);
            if (order is null || order.Lines.Count == 0)
            {
                return null;
            }

            var main = order.Lines.OrderByDescending(l => l.UnitPrice * l.Quantity).First();
            return new OrderSummary(order.OrderNumber, main.Product, order.Shipment?.DeliveredOn);
        }
        catch (OrderServiceUnavailableException e)
        {
            LogUnavailable(logger, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The commerce backend could not look up a survey link's order; the survey starts without it.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
