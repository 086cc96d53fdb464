namespace SupportBot.Dialogs.Orders;

/// <summary>State of the order self-service dialogs (status, return, warranty, invoice), kept in their frame. Holds what
/// the next question needs, never the proof of identity the customer typed.</summary>
public sealed class OrderActionState
{
    /// <summary>The order, as given with the request ("¿dónde está mi pedido 400101?") or once verified.</summary>
    public string? OrderNumber { get; set; }

    /// <summary>The verified order's products, for the questions that offer them.</summary>
    public List<OrderedProduct> Products { get; set; } = [];

    /// <summary>The products chosen (return: empty is the whole order; warranty: one).</summary>
    public List<string> Skus { get; set; } = [];

    /// <summary>The reason picked from the list (a <see cref="ReturnReasons"/> value), before any free-text detail.</summary>
    public string? ReasonCode { get; set; }

    /// <summary>The reason as recorded with the shop: the picked reason's title or the customer's words, redacted.</summary>
    public string? Reason { get; set; }
}
