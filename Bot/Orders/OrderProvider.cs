namespace SupportBot.Bot.Orders;

/// <summary>Where the shop's orders come from (<c>Orders:Provider</c>).</summary>
public enum OrderProvider
{
    /// <summary>The embedded SQLite demo store, seeded with realistic customers and orders on first use.</summary>
    Demo,

    /// <summary>The shop's own commerce backend over the JSON contract of <c>deploymentTemplates/commerce-api.md</c>
    /// (<c>Orders:Http:*</c>).</summary>
    Http,
}
