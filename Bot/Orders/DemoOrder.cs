namespace SupportBot.Bot.Orders;

/// <summary>One order of the configured demo catalogue.</summary>
public sealed class DemoOrder
{
    /// <summary>Owner (channel-scoped customer id, e.g. "webchat:ana").</summary>
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>Order number.</summary>
    public string OrderId { get; set; } = string.Empty;

    /// <summary>Main product.</summary>
    public string Product { get; set; } = string.Empty;

    /// <summary>Delivery date, if delivered.</summary>
    public DateOnly? DeliveredOn { get; set; }
}
