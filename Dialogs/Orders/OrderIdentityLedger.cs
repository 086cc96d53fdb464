namespace SupportBot.Dialogs.Orders;

/// <summary>Wrong identity answers per order in one conversation, and the orders proved there (conversation state;
/// survives "cancel").</summary>
public sealed class OrderIdentityLedger
{
    /// <summary>One entry per order with failures or a lock.</summary>
    public List<OrderIdentityAttempts> Orders { get; set; } = [];

    /// <summary>Orders proved in this conversation, while the proof still counts.</summary>
    public List<VerifiedOrder> Verified { get; set; } = [];
}
