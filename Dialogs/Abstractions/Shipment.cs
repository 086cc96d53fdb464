namespace SupportBot.Dialogs.Abstractions;

/// <summary>An order's shipment.</summary>
/// <param name="Carrier">Carrier name (e.g. SEUR, Correos Express).</param>
/// <param name="TrackingNumber">Carrier's tracking number.</param>
/// <param name="TrackingUrl">Carrier's tracking page, when there is one.</param>
/// <param name="ShippedOn">When it left the warehouse.</param>
/// <param name="EstimatedDelivery">Expected delivery date, while on the way.</param>
/// <param name="DeliveredOn">When it was delivered.</param>
public sealed record Shipment(
    string Carrier,
    string TrackingNumber,
    Uri? TrackingUrl,
    DateOnly ShippedOn,
    DateOnly? EstimatedDelivery,
    DateOnly? DeliveredOn);
