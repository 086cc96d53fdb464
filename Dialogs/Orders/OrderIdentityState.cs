namespace SupportBot.Dialogs.Orders;

/// <summary>State of <see cref="OrderIdentityDialog"/>.</summary>
public sealed class OrderIdentityState
{
    /// <summary>The order being checked, once known.</summary>
    public string? OrderNumber { get; set; }

    /// <summary>What the dialog is waiting for.</summary>
    public OrderIdentityStage Stage { get; set; }
}
