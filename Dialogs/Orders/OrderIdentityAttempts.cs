namespace SupportBot.Dialogs.Orders;

/// <summary>Wrong identity answers for one order in one conversation.</summary>
public sealed class OrderIdentityAttempts
{
    /// <summary>The order number as the customer gave it.</summary>
    public string OrderNumber { get; set; } = string.Empty;

    /// <summary>Wrong answers since the last lock or success.</summary>
    public int Failures { get; set; }

    /// <summary>Until when the order is locked in this conversation, once locked.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
}
