using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Dialogs.Orders;

/// <summary>An order the customer proved is theirs in this conversation, remembered for a while so a second action on it
/// does not ask the proof again. Holds what the customer was already shown about it, never the proof they typed.</summary>
public sealed class VerifiedOrder
{
    /// <summary>The order number as the customer gave it.</summary>
    public string OrderNumber { get; set; } = string.Empty;

    /// <summary>Until when the proof counts.</summary>
    public DateTimeOffset VerifiedUntil { get; set; }

    /// <summary>The order as it was verified.</summary>
    public OrderDetails? Order { get; set; }
}
