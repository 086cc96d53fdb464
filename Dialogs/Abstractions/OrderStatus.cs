namespace SupportBot.Dialogs.Abstractions;

/// <summary>Where an order stands.</summary>
public enum OrderStatus
{
    /// <summary>Placed, not yet prepared.</summary>
    Received,

    /// <summary>Being prepared in the warehouse.</summary>
    Processing,

    /// <summary>Handed to the carrier.</summary>
    Shipped,

    /// <summary>Delivered to the customer.</summary>
    Delivered,

    /// <summary>Cancelled before shipping.</summary>
    Cancelled,

    /// <summary>Returned and refunded.</summary>
    Returned,
}
