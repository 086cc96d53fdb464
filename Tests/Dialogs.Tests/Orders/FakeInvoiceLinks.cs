using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Dialogs.Tests.Orders;

/// <summary>Invoice links for dialog tests: none until <see cref="BaseUrl"/> is set; records what was asked.</summary>
internal sealed class FakeInvoiceLinks : IInvoiceLinks
{
    public Uri? BaseUrl { get; set; }

    public List<(string OrderNumber, OrderCaller Caller)> Requests { get; } = [];

    public Uri? CreateLink(string orderNumber, OrderCaller caller)
    {
        Requests.Add((orderNumber, caller));
        return BaseUrl is null ? null : new Uri(BaseUrl, "invoices/" + orderNumber);
    }
}
