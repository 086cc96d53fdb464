using System.Text.Json;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>An order as the commerce backend sends it (200 of verify and of the customer's order).</summary>
internal sealed record OrderDto
{
    public required string Number { get; init; }

    public required DateOnly PlacedOn { get; init; }

    public required string Status { get; init; }

    public required string Currency { get; init; }

    public required decimal Total { get; init; }

    public required IReadOnlyList<OrderLineDto> Lines { get; init; }

    public ShipmentDto? Shipment { get; init; }

    public string? InvoiceNumber { get; init; }

    /// <summary>The order, checked against the contract; throws <see cref="JsonException"/> where it is broken.</summary>
    public OrderDetails ToOrder(string requestedNumber)
    {
        // A backend that answers with another order than the one asked for must not show it to this customer.
        if (!string.Equals(Number.Trim(), requestedNumber, StringComparison.OrdinalIgnoreCase))
        {
            throw new JsonException("The order in the answer is not the order asked for.");
        }

        return new OrderDetails
        {
            OrderNumber = Number,
            PlacedOn = PlacedOn,
            Status = Status switch
            {
                "received" => OrderStatus.Received,
                "processing" => OrderStatus.Processing,
                "shipped" => OrderStatus.Shipped,
                "delivered" => OrderStatus.Delivered,
                "cancelled" => OrderStatus.Cancelled,
                "returned" => OrderStatus.Returned,
                _ => throw new JsonException("status is not one of the documented order statuses."),
            },
            Lines = [.. Lines.Select(l => l.ToLine())],
            Total = Total,
            Currency = CommerceBackendJson.Currency(Currency),
            Shipment = Shipment?.ToShipment(),
            InvoiceNumber = string.IsNullOrWhiteSpace(InvoiceNumber) ? null : InvoiceNumber,
        };
    }
}
