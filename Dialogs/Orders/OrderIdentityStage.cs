namespace SupportBot.Dialogs.Orders;

/// <summary>What <see cref="OrderIdentityDialog"/> waits for. Persisted by name: never rename a member.</summary>
public enum OrderIdentityStage
{
    /// <summary>The order number.</summary>
    OrderNumber,

    /// <summary>The email or postal code on the order.</summary>
    Proof,
}
