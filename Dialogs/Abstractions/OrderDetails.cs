namespace SupportBot.Dialogs.Abstractions;

/// <summary>One order as self-service shows it to its verified owner (never an email or an address in full).</summary>
public sealed record OrderDetails
{
    /// <summary>Order number, as printed on the confirmation.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>When it was placed.</summary>
    public required DateOnly PlacedOn { get; init; }

    /// <summary>Where it stands.</summary>
    public required OrderStatus Status { get; init; }

    /// <summary>What was bought.</summary>
    public required IReadOnlyList<OrderLine> Lines { get; init; }

    /// <summary>Order total, tax included.</summary>
    public required decimal Total { get; init; }

    /// <summary>ISO 4217 currency of the amounts (e.g. EUR).</summary>
    public string Currency { get; init; } = "EUR";

    /// <summary>The shipment, once the order has left the warehouse.</summary>
    public Shipment? Shipment { get; init; }

    /// <summary>Invoice number, once invoiced.</summary>
    public string? InvoiceNumber { get; init; }
}
