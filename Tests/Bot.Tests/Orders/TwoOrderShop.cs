using System.Text;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>A stand-in for the shop's order system at the edge of the real host: two orders of one customer, checked
/// by email or postal code like a real store (case and spaces ignored); one on its way, one delivered and invoiced.</summary>
internal sealed class TwoOrderShop : IOrderService
{
    public static readonly OrderDetails OnItsWay = new()
    {
        OrderNumber = "400101", PlacedOn = new(2026, 11, 29), Status = OrderStatus.Shipped, Total = 89.90m,
        Lines = [new("AUR-X2", "Auriculares <b>Sonora</b> X2", 1, 89.90m, 36)],
        Shipment = new("SEUR", "SEU123456789ES", new Uri("https://www.seur.com/tracking?n=SEU123456789ES"), new(2026, 12, 1), new(2026, 12, 4), null),
    };

    public static readonly OrderDetails Invoiced = new()
    {
        OrderNumber = "400102", PlacedOn = new(2026, 11, 14), Status = OrderStatus.Delivered, Total = 179.90m,
        Lines = [new("CAF-LUMO", "Cafetera espresso Lumo", 1, 179.90m, 36)],
        Shipment = new("Correos Express", "CEX0000456", null, new(2026, 11, 17), null, new(2026, 11, 20)),
        InvoiceNumber = "F2026-000102",
    };

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% F2026-000102\n%%EOF\n");

    private const string Email = "lucia.martin@example.es";
    private const string PostalCode = "28013";

    public int Lookups { get; private set; }

    public Task<OrderDetails?> FindVerifiedAsync(string orderNumber, string proof, OrderCaller caller, CancellationToken cancellationToken)
    {
        Lookups++;
        var given = Canonical(proof);
        var order = orderNumber switch { "400101" => OnItsWay, "400102" => Invoiced, _ => null };
        return Task.FromResult(order is not null && (given == Canonical(Email) || given == Canonical(PostalCode)) ? order : null);
    }

    public Task<OrderDetails?> FindOwnAsync(string customerId, string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
        => Task.FromResult<OrderDetails?>(null);

    public Task<ReturnOutcome> StartReturnAsync(ReturnRequest request, OrderCaller caller, CancellationToken cancellationToken)
        => Task.FromResult(new ReturnOutcome(ReturnStatus.OutsideWindow, ReturnBy: new DateOnly(2026, 12, 20)));

    public Task<WarrantyOutcome> OpenWarrantyClaimAsync(WarrantyClaimRequest request, OrderCaller caller, CancellationToken cancellationToken)
        => Task.FromResult(new WarrantyOutcome(WarrantyStatus.Created, "SAT-000001"));

    public Task<InvoiceCopy?> GetInvoiceAsync(string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
        => Task.FromResult<InvoiceCopy?>(orderNumber == "400102"
            ? new InvoiceCopy("F2026-000102", "factura-F2026-000102.pdf", Pdf, new Uri("https://tienda.example/facturas/F2026-000102.pdf"))
            : null);

    private static string Canonical(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
