namespace SupportBot.Dialogs.Abstractions;

/// <summary>What a survey needs to know about an order to open with context.</summary>
/// <param name="OrderId">Order number.</param>
/// <param name="Product">Main product, as the shop names it.</param>
/// <param name="DeliveredOn">Delivery date, when delivered.</param>
public sealed record OrderSummary(string OrderId, string Product, DateOnly? DeliveredOn);
