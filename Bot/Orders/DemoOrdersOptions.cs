namespace SupportBot.Bot.Orders;

/// <summary>Orders known to the bot until a commerce backend is connected (section "DemoOrders").</summary>
public sealed class DemoOrdersOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "DemoOrders";

    /// <summary>The orders.</summary>
    public List<DemoOrder> Orders { get; set; } = [];
}
