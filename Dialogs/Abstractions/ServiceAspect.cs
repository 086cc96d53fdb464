namespace SupportBot.Dialogs.Abstractions;

/// <summary>The parts of the after-sale experience a comment can be about. Persisted by name.</summary>
public enum ServiceAspect
{
    /// <summary>Shipping and delivery: late, damaged, missing, courier.</summary>
    Delivery,

    /// <summary>The product itself: quality, faults, fit.</summary>
    Product,

    /// <summary>Customer support: answers, waiting, attitude.</summary>
    Support,

    /// <summary>Billing and price: charges, invoices, refunds of money, price.</summary>
    Billing,

    /// <summary>Returns and exchanges.</summary>
    Returns,
}
