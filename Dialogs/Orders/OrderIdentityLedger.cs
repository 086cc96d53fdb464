namespace SupportBot.Dialogs.Orders;

/// <summary>Wrong identity answers per order in one conversation (conversation state; survives "cancel").</summary>
public sealed class OrderIdentityLedger
{
    /// <summary>One entry per order with failures or a lock.</summary>
    public List<OrderIdentityAttempts> Orders { get; set; } = [];
}
