using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Orders;

/// <summary>What an invoice copy shows, in the customer's language.</summary>
public sealed record InvoiceDocument
{
    /// <summary>Invoice number (e.g. F2026-000123).</summary>
    public required string InvoiceNumber { get; init; }

    /// <summary>Issue date.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>The order invoiced.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>Language of the labels and number formats.</summary>
    public required Language Language { get; init; }

    /// <summary>Seller's name.</summary>
    public required string SellerName { get; init; }

    /// <summary>Seller's tax id.</summary>
    public required string SellerTaxId { get; init; }

    /// <summary>Customer's name.</summary>
    public required string CustomerName { get; init; }

    /// <summary>Customer's postcode and city.</summary>
    public required string CustomerPlace { get; init; }

    /// <summary>The products.</summary>
    public required IReadOnlyList<OrderLine> Lines { get; init; }

    /// <summary>Shipping cost, tax included.</summary>
    public decimal Shipping { get; init; }

    /// <summary>VAT rate included in the prices (percent).</summary>
    public decimal VatPercent { get; init; }

    /// <summary>Total, tax included.</summary>
    public decimal Total => Lines.Sum(l => l.UnitPrice * l.Quantity) + Shipping;
}
