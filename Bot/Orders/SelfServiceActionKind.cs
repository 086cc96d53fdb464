namespace SupportBot.Bot.Orders;

/// <summary>What a customer did in order self-service. Persisted by name: never rename a member.</summary>
public enum SelfServiceActionKind
{
    /// <summary>Identified with an order number and the order's email or postcode.</summary>
    Verify,

    /// <summary>Opened one of their own orders as a customer the shop vouched for.</summary>
    OpenOwnOrder,

    /// <summary>Asked to return products.</summary>
    Return,

    /// <summary>Opened a warranty claim.</summary>
    Warranty,

    /// <summary>Asked for an invoice copy.</summary>
    Invoice,
}
