using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>The shipment of an <see cref="OrderDto"/>.</summary>
internal sealed record ShipmentDto
{
    public required string Carrier { get; init; }

    public required string TrackingNumber { get; init; }

    public Uri? TrackingUrl { get; init; }

    public required DateOnly ShippedOn { get; init; }

    public DateOnly? EstimatedDelivery { get; init; }

    public DateOnly? DeliveredOn { get; init; }

    public Shipment ToShipment() => new(
        Carrier, TrackingNumber, CommerceBackendJson.WebLink(TrackingUrl, "trackingUrl"), ShippedOn, EstimatedDelivery, DeliveredOn);
}
