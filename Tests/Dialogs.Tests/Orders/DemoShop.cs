using System.Globalization;
using System.Text;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Dialogs.Tests.Orders;

/// <summary>A test double of the shop's order system that behaves like a small real shop: a catalogue of orders with
/// their owners, identity proofs, shipments and invoices; a 30-day return window from delivery and a free return label
/// on orders of 50 € or more; warranties counted from delivery; RMA and case numbers issued in sequence. "Today" is the
/// test's clock. <see cref="Down"/> makes every call fail (<see cref="Failing"/> the named ones) as an order system that does not answer.</summary>
internal sealed class DemoShop(TimeProvider time) : IOrderService
{
    public const int ReturnWindowDays = 30;
    public const int ReturnPeriodDays = 14;
    public static readonly DateOnly Today = new(2026, 12, 3);
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private readonly List<ShopOrder> _orders =
    [
        new("400101", "C-1001", "lucia.martin@example.es", "28013", new OrderDetails
        {
            OrderNumber = "400101", PlacedOn = new(2026, 11, 29), Status = OrderStatus.Shipped, Total = 89.90m,
            Lines = [new("AUR-X2", "Auriculares inalámbricos Sonora X2", 1, 89.90m, 36)],
            Shipment = new("SEUR", "SEU123456789ES", new Uri("https://www.seur.com/tracking?n=SEU123456789ES"), new(2026, 12, 1), new(2026, 12, 4), null),
        }),
        new("400102", "C-1001", "lucia.martin@example.es", "28013", new OrderDetails
        {
            OrderNumber = "400102", PlacedOn = new(2026, 11, 14), Status = OrderStatus.Delivered, Total = 214.80m,
            Lines = [new("CAF-LUMO", "Cafetera espresso Lumo", 1, 179.90m, 36), new("MOL-01", "Molinillo de café Mola", 1, 34.90m, 36)],
            Shipment = new("Correos Express", "CEX0000456", new Uri("https://s.correosexpress.com/c?n=CEX0000456"), new(2026, 11, 17), null, new(2026, 11, 20)),
            InvoiceNumber = "F2026-000102",
        }),
        new("400103", "C-1002", "john.smith@example.co.uk", "SW1A 1AA", new OrderDetails
        {
            OrderNumber = "400103", PlacedOn = new(2026, 9, 10), Status = OrderStatus.Delivered, Total = 249.00m,
            Lines = [new("WAT-P2", "Pulse 2 smartwatch", 1, 249.00m, 36)],
            Shipment = new("DHL", "DHL778899", new Uri("https://www.dhl.com/track?n=DHL778899"), new(2026, 9, 12), null, new(2026, 9, 15)),
            InvoiceNumber = "F2026-000103",
        }, InvoiceOnFile: false),
        new("400104", "C-1002", "john.smith@example.co.uk", "SW1A 1AA", new OrderDetails
        {
            OrderNumber = "400104", PlacedOn = new(2026, 12, 2), Status = OrderStatus.Processing, Total = 39.99m,
            Lines = [new("CAB-USB", "USB-C cable 2 m", 1, 39.99m, 36)],
        }),
        new("400105", "C-1003", "marta@example.com", "08001", new OrderDetails
        {
            OrderNumber = "400105", PlacedOn = new(2023, 5, 2), Status = OrderStatus.Delivered, Total = 299.00m,
            Lines = [new("ROB-R1", "Robot aspirador Limpia R1", 1, 299.00m, 36)],
            Shipment = new("SEUR", "SEU000111", null, new(2023, 5, 5), null, new(2023, 5, 10)),
            InvoiceNumber = "F2023-004105",
        }, InvoiceOnFile: false),
        new("400106", "C-1003", "marta@example.com", "08001", new OrderDetails
        {
            OrderNumber = "400106", PlacedOn = new(2026, 11, 2), Status = OrderStatus.Delivered, Total = 1899.00m,
            Lines = [new("TV-65", "Televisor OLED 65\"", 1, 1899.00m, 36)],
            Shipment = new("SEUR", "SEU000222", null, new(2026, 11, 4), null, new(2026, 11, 6)),
            InvoiceNumber = "F2026-000106",
        }, LargeInvoice: true),
        new("400107", "C-1004", "ana@example.com", "46002", new OrderDetails
        {
            OrderNumber = "400107", PlacedOn = new(2026, 11, 24), Status = OrderStatus.Shipped, Total = 59.90m,
            Lines = [new("HER-AERO", "Hervidor Aero 1,7 L", 1, 34.90m, 36), new("BOM-E27", "Bombillas Lumio E27", 1, 25.00m, 36)],
            Shipment = new("GLS", "GLS445566", new Uri("https://gls-group.com/track?n=GLS445566"), new(2026, 11, 26), new(2026, 11, 30), null),
        }),
    ];

    private readonly List<(string Order, string Sku, string Rma)> _returns = [];
    private readonly Dictionary<(string Order, string Sku), string> _claims = [];
    private int _rmas;

    public bool Down { get; set; }

    /// <summary>Whether the shop serves its invoices by link too (otherwise only the file is handed over).</summary>
    public bool ServesInvoiceLinks { get; set; } = true;

    /// <summary>Calls that fail as if the order system timed out (by method name).</summary>
    public HashSet<string> Failing { get; } = new(StringComparer.Ordinal);

    public List<string> Calls { get; } = [];

    public List<OrderCaller> Callers { get; } = [];

    public List<ReturnRequest> Returns { get; } = [];

    public List<WarrantyClaimRequest> Claims { get; } = [];

    /// <summary>What the shop holds for an order, for the tests' expectations.</summary>
    public OrderDetails Order(string orderNumber) => Find(orderNumber)!.Details;

    public static byte[] InvoicePdf(string invoiceNumber) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% invoice {invoiceNumber}\n%%EOF\n");

    public Task<OrderDetails?> FindVerifiedAsync(string orderNumber, string proof, OrderCaller caller, CancellationToken cancellationToken)
    {
        Record(nameof(FindVerifiedAsync), caller);
        var order = Find(orderNumber);
        var given = Canonical(proof);
        return Task.FromResult(order is not null && (given == Canonical(order.Email) || given == Canonical(order.PostalCode)) ? order.Details : null);
    }

    public Task<OrderDetails?> FindOwnAsync(string customerId, string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
    {
        Record(nameof(FindOwnAsync), caller);
        var order = Find(orderNumber);
        return Task.FromResult(order is not null && order.CustomerId == customerId ? order.Details : null);
    }

    public Task<ReturnOutcome> StartReturnAsync(ReturnRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        Record(nameof(StartReturnAsync), caller);
        var order = Find(request.OrderNumber) ?? throw new InvalidOperationException("The dialogs only act on verified orders.");
        if (order.Details.Shipment?.DeliveredOn is not { } delivered)
        {
            return Task.FromResult(new ReturnOutcome(ReturnStatus.NotDelivered));
        }

        var windowEnd = delivered.AddDays(ReturnWindowDays);
        if (TodayOf() > windowEnd)
        {
            return Task.FromResult(new ReturnOutcome(ReturnStatus.OutsideWindow, ReturnBy: windowEnd));
        }

        var skus = request.Skus.Count == 0 ? order.Details.Lines.Select(l => l.Sku).ToList() : request.Skus.ToList();
        if (_returns.Find(r => r.Order == order.Number && skus.Contains(r.Sku)) is { Rma: { } existing })
        {
            return Task.FromResult(new ReturnOutcome(ReturnStatus.AlreadyRequested, existing));
        }

        var rma = "RMA-" + (++_rmas).ToString("D6", CultureInfo.InvariantCulture);
        _returns.AddRange(skus.Select(s => (order.Number, s, rma)));
        Returns.Add(request);
        var freeLabel = order.Details.Total >= 50m;
        return Task.FromResult(new ReturnOutcome(
            ReturnStatus.Created,
            rma,
            TodayOf().AddDays(ReturnPeriodDays),
            freeLabel ? new Uri($"https://tienda.example/devoluciones/{rma}/etiqueta.pdf") : null,
            CustomerPaysShipping: !freeLabel));
    }

    public Task<WarrantyOutcome> OpenWarrantyClaimAsync(WarrantyClaimRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        Record(nameof(OpenWarrantyClaimAsync), caller);
        var order = Find(request.OrderNumber) ?? throw new InvalidOperationException("The dialogs only act on verified orders.");
        var line = order.Details.Lines.FirstOrDefault(l => l.Sku == request.Sku);
        if (line is null)
        {
            return Task.FromResult(new WarrantyOutcome(WarrantyStatus.UnknownProduct));
        }

        if (order.Details.Shipment?.DeliveredOn is not { } delivered)
        {
            return Task.FromResult(new WarrantyOutcome(WarrantyStatus.NotDelivered));
        }

        var ends = delivered.AddMonths(line.WarrantyMonths);
        if (TodayOf() > ends)
        {
            return Task.FromResult(new WarrantyOutcome(WarrantyStatus.Expired, WarrantyEndsOn: ends));
        }

        if (_claims.TryGetValue((order.Number, line.Sku), out var open))
        {
            return Task.FromResult(new WarrantyOutcome(WarrantyStatus.AlreadyOpen, open, ends));
        }

        var caseNumber = "SAT-" + (_claims.Count + 1).ToString("D6", CultureInfo.InvariantCulture);
        _claims[(order.Number, line.Sku)] = caseNumber;
        Claims.Add(request);
        return Task.FromResult(new WarrantyOutcome(WarrantyStatus.Created, caseNumber, ends));
    }

    public Task<InvoiceCopy?> GetInvoiceAsync(string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
    {
        Record(nameof(GetInvoiceAsync), caller);
        var order = Find(orderNumber);
        if (order?.Details.InvoiceNumber is not { } invoice)
        {
            return Task.FromResult<InvoiceCopy?>(null);
        }

        // Some invoices are kept as files and handed over; the others are only served by link.
        var pdf = !order.InvoiceOnFile ? [] : order.LargeInvoice ? new byte[InvoiceDialog.MaxInlinePdfBytes + 1] : InvoicePdf(invoice);
        return Task.FromResult<InvoiceCopy?>(new InvoiceCopy(
            invoice, $"factura-{invoice}.pdf", pdf, ServesInvoiceLinks ? new Uri($"https://tienda.example/facturas/{invoice}.pdf") : null));
    }

    private void Record(string call, OrderCaller caller)
    {
        if (Down || Failing.Contains(call))
        {
            throw new OrderServiceUnavailableException("The order system timed out.");
        }

        Calls.Add(call);
        Callers.Add(caller);
    }

    private ShopOrder? Find(string orderNumber) => _orders.Find(o => o.Number == orderNumber);

    private DateOnly TodayOf() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static string Canonical(string value)
        => string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private sealed record ShopOrder(string Number, string CustomerId, string Email, string PostalCode, OrderDetails Details, bool InvoiceOnFile = true, bool LargeInvoice = false);
}
