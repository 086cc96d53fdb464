namespace SupportBot.Dialogs.Orders;

/// <summary>A product of a verified order, as the dialogs offer it.</summary>
public sealed class OrderedProduct
{
    /// <summary>Product code.</summary>
    public string Sku { get; set; } = string.Empty;

    /// <summary>Product name, as the shop names it.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Last day of its warranty (delivery plus the line's warranty months), once delivered.</summary>
    public DateOnly? WarrantyEndsOn { get; set; }

    /// <summary>False when the shop never takes it back.</summary>
    public bool Returnable { get; set; } = true;
}
