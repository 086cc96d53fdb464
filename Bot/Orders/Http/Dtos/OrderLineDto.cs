using System.Text.Json;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>One line of an <see cref="OrderDto"/>.</summary>
internal sealed record OrderLineDto
{
    public required string Sku { get; init; }

    public required string Product { get; init; }

    public required int Quantity { get; init; }

    public required decimal UnitPrice { get; init; }

    public required int WarrantyMonths { get; init; }

    /// <summary>Optional: false for a product the shop never takes back; absent means returnable.</summary>
    public bool? Returnable { get; init; }

    public OrderLine ToLine() => Quantity > 0 && WarrantyMonths >= 0
        ? new OrderLine(Sku, Product, Quantity, UnitPrice, WarrantyMonths, Returnable ?? true)
        : throw new JsonException("A line has a quantity under 1 or a negative warranty.");
}
