using System.Globalization;
using Microsoft.Data.Sqlite;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders;

/// <summary>The demo shop, in one readable place: customers, products and orders in every state, with dates counted in
/// days before the day the store is seeded (so a fresh demo is always current). Written once by
/// <see cref="SqliteOrderStore"/> inside its seeding transaction.</summary>
internal static class DemoOrderSeed
{
    private static readonly Customer[] Customers =
    [
        new("C1001", "Lucía Martín García", "lucia.martin@correo.es", "28013", "Madrid", "es"),
        new("C1002", "Javier Fernández López", "javier.fernandez@correo.es", "08012", "Barcelona", "es"),
        new("C1003", "Carmen Ruiz Navarro", "carmen.ruiz@correo.es", "41004", "Sevilla", "es"),
        new("C1004", "Alejandro Torres Gil", "a.torres@correo.es", "46002", "Valencia", "es"),
        new("C1005", "María José Sánchez Peña", "mariajose.sanchez@correo.es", "29016", "Málaga", "es"),
        new("C1006", "Pablo Romero Díaz", "pablo.romero@correo.es", "50001", "Zaragoza", "es"),
        new("C1007", "Nerea Etxeberria Goñi", "nerea.etxeberria@correo.es", "20003", "Donostia-San Sebastián", "es"),
        new("C1008", "Emily Johnson", "emily.johnson@mail.co.uk", "EH1 2NG", "Edinburgh", "en"),
        new("C1009", "Oliver Smith", "oliver.smith@mail.co.uk", "BS1 4DJ", "Bristol", "en"),
        new("C1010", "Siobhán Murphy", "siobhan.murphy@mail.ie", "D02 X285", "Dublin", "en"),
        new("C1011", "Liam O'Brien", "liam.obrien@mail.ie", "T12 K8AF", "Cork", "en"),
        new("C1012", "Charlotte Davies", "charlotte.davies@mail.co.uk", "CF10 1EP", "Cardiff", "en"),
    ];

    // English and Spanish names (each customer's orders carry the names of their shop); price in cents, tax included; warranty in months from delivery (36: the legal guarantee for new goods in Spain
    // since 2022; 12: refurbished goods); not returnable: unsealed hygiene goods and made-to-order items.
    private static readonly Product[] Products =
    [
        new("NIM-X2-BLK", "Nimbus X2 Bluetooth headphones, black", "Auriculares Bluetooth Nimbus X2, negros", 8999, 36),
        new("AER-KT17", "Aero kettle 1.7 L", "Hervidor de agua Aero 1,7 L", 3495, 36),
        new("ORB-S5", "Orbit S5 robot vacuum", "Robot aspirador Orbit S5", 24900, 36),
        new("ORB-S5-REF", "Orbit S5 robot vacuum (refurbished)", "Robot aspirador Orbit S5 (reacondicionado)", 15900, 12),
        new("LUM-E27-4", "Lumio E27 smart bulbs, pack of 4", "Bombillas inteligentes Lumio E27, pack de 4", 3999, 36),
        new("VEL-ESP1", "Vela Espresso One coffee machine", "Cafetera espresso Vela Espresso One", 17900, 36),
        new("VEL-CAP-50", "Vela coffee capsules, box of 50", "Cápsulas de café Vela, caja de 50", 1750, 24),
        new("PUL-BUDS", "Pulse in-ear earbuds", "Auriculares intraurales Pulse", 4990, 36, Returnable: false),
        new("TER-MAT6", "Terra yoga mat 6 mm", "Esterilla de yoga Terra 6 mm", 2950, 24),
        new("KOD-CASE-15", "Kodo phone case, iPhone 15", "Funda de móvil Kodo para iPhone 15", 1999, 24),
        new("ENG-BOT-75", "Engraved steel bottle 750 ml (personalised)", "Botella de acero grabada 750 ml (personalizada)", 2490, 24, Returnable: false),
        new("NOR-CHAIR", "Nordia office chair", "Silla de oficina Nordia", 18900, 36),
        new("SOL-PB20", "Solis power bank 20,000 mAh", "Batería externa Solis 20.000 mAh", 3990, 36),
        new("BRI-WATCH2", "Brisa smartwatch 2", "Reloj inteligente Brisa 2", 12900, 36),
    ];

    private static readonly Order[] Orders =
    [
        // Delivered recently: returnable (the README's first demo order).
        new("400101", "C1001", 10, OrderStatus.Delivered, new("SEUR", 9, null, 6), [("NIM-X2-BLK", 1)], ShippingCents: 0),
        new("400102", "C1002", 1, OrderStatus.Processing, null, [("ORB-S5", 1)]),
        new("400103", "C1003", 0, OrderStatus.Received, null, [("LUM-E27-4", 2), ("SOL-PB20", 1)], ShippingCents: 0),
        // On the way.
        new("400104", "C1004", 3, OrderStatus.Shipped, new("SEUR", 1, -2, null), [("VEL-ESP1", 1), ("VEL-CAP-50", 2)]),
        // Delivered 45 days ago: outside the 30-day return window, within warranty.
        new("400105", "C1005", 50, OrderStatus.Delivered, new("Correos Express", 48, null, 45), [("AER-KT17", 1)], ShippingCents: 495),
        new("400106", "C1006", 6, OrderStatus.Cancelled, null, [("NOR-CHAIR", 1)]),
        // A non-returnable product next to a returnable one.
        new("400107", "C1007", 15, OrderStatus.Delivered, new("GLS", 14, null, 12), [("PUL-BUDS", 1), ("KOD-CASE-15", 1)], ShippingCents: 395),
        // English customer, delivered recently (the README's second demo order).
        new("400108", "C1008", 7, OrderStatus.Delivered, new("DHL", 6, null, 3), [("BRI-WATCH2", 1), ("TER-MAT6", 1)]),
        new("400109", "C1009", 4, OrderStatus.Shipped, new("DHL", 2, -1, null), [("ORB-S5", 1)]),
        new("400110", "C1010", 25, OrderStatus.Delivered, new("UPS", 23, null, 20), [("VEL-ESP1", 1)]),
        new("400111", "C1011", 405, OrderStatus.Delivered, new("UPS", 403, null, 400), [("NIM-X2-BLK", 1), ("SOL-PB20", 1)]),
        new("400112", "C1012", 2, OrderStatus.Processing, null, [("KOD-CASE-15", 2)], ShippingCents: 395),
        // Delivered about three and a half years ago: warranty expired.
        new("400113", "C1001", 1305, OrderStatus.Delivered, new("SEUR", 1303, null, 1300), [("AER-KT17", 1), ("LUM-E27-4", 1)]),
        // Refurbished, 12-month warranty, delivered 15 months ago: expired.
        new("400114", "C1002", 460, OrderStatus.Delivered, new("Correos Express", 458, null, 456), [("ORB-S5-REF", 1)]),
        // Returned and refunded.
        new("400115", "C1003", 40, OrderStatus.Returned, new("GLS", 38, null, 36), [("TER-MAT6", 1)], ShippingCents: 395),
        // Delivered 28 days ago: the window's last days.
        new("400116", "C1004", 31, OrderStatus.Delivered, new("SEUR", 30, null, 28), [("SOL-PB20", 2)]),
        // Out for delivery today.
        new("400117", "C1005", 2, OrderStatus.Shipped, new("Correos Express", 1, 0, null), [("VEL-CAP-50", 3)], ShippingCents: 495),
        // Delivered, invoice not issued yet (a company invoice being prepared).
        new("400118", "C1006", 5, OrderStatus.Delivered, new("SEUR", 4, null, 2), [("NOR-CHAIR", 1)], Invoiced: false),
        new("400119", "C1007", 9, OrderStatus.Cancelled, null, [("ENG-BOT-75", 1)]),
        new("400120", "C1008", 205, OrderStatus.Delivered, new("DHL", 203, null, 200), [("VEL-ESP1", 1), ("VEL-CAP-50", 1)]),
        new("400121", "C1009", 0, OrderStatus.Received, null, [("LUM-E27-4", 1)], ShippingCents: 395),
        // Late: the estimated date has passed.
        new("400122", "C1010", 9, OrderStatus.Shipped, new("GLS", 7, 2, null), [("NOR-CHAIR", 1)]),
        // A return already requested (the order stays delivered until the parcel is back).
        new("400123", "C1011", 12, OrderStatus.Delivered, new("UPS", 11, null, 9), [("BRI-WATCH2", 1)]),
        new("400124", "C1012", 38, OrderStatus.Delivered, new("DHL", 37, null, 35), [("AER-KT17", 1), ("KOD-CASE-15", 1)]),
        new("400125", "C1001", 1, OrderStatus.Processing, null, [("VEL-CAP-50", 4)], ShippingCents: 0),
        // An open warranty case.
        new("400126", "C1003", 64, OrderStatus.Delivered, new("SEUR", 62, null, 60), [("ORB-S5", 1)]),
        new("400127", "C1005", 17, OrderStatus.Delivered, new("Correos Express", 16, null, 14), [("LUM-E27-4", 1), ("SOL-PB20", 1), ("KOD-CASE-15", 1)]),
        new("400128", "C1006", 735, OrderStatus.Delivered, new("SEUR", 733, null, 730), [("NIM-X2-BLK", 1)]),
        new("400129", "C1009", 8, OrderStatus.Delivered, new("DHL", 7, null, 5), [("TER-MAT6", 2), ("SOL-PB20", 1)]),
        new("400130", "C1002", 20, OrderStatus.Cancelled, null, [("BRI-WATCH2", 1)]),
    ];

    private static readonly Return[] Returns =
    [
        new("400115", 33, "He cambiado de opinión: es demasiado fina", ShopAtFault: false),
        new("400123", 4, "La correa llegó rota", ShopAtFault: true),
    ];

    private static readonly Claim[] Claims =
    [
        new("400126", "ORB-S5", 3, "No carga en la base; la luz parpadea en rojo."),
    ];

    /// <summary>Order number of the seeded return already requested (tests and the README use it).</summary>
    public const string OrderWithOpenReturn = "400123";

    /// <summary>Writes the demo shop with <paramref name="today"/> as the seeding day.</summary>
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, DateOnly today, OrdersOptions options, CancellationToken cancellationToken)
    {
        // Invoice numbers run per year in issue order (F2026-000118, F2026-000119 …), as a Spanish invoice series does.
        var invoiceNumbers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var year in Orders.Where(o => o.Invoiced && o.Shipment is not null)
                     .OrderByDescending(o => o.Shipment!.ShippedDaysAgo).ThenBy(o => o.Number, StringComparer.Ordinal)
                     .GroupBy(o => today.AddDays(-o.Shipment!.ShippedDaysAgo).Year))
        {
            var sequence = 117;
            foreach (var invoiced in year)
            {
                invoiceNumbers[invoiced.Number] = string.Create(CultureInfo.InvariantCulture, $"F{year.Key}-{++sequence:D6}");
            }
        }

        foreach (var customer in Customers)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO customers (id, name, email, postcode, city, language) VALUES ($p1, $p2, $p3, $p4, $p5, $p6)",
                cancellationToken, customer.Id, customer.Name, customer.Email, customer.Postcode, customer.City, customer.Language);
        }

        foreach (var order in Orders)
        {
            var customer = Array.Find(Customers, c => c.Id == order.CustomerId)!;
            await ExecuteAsync(connection, transaction,
                "INSERT INTO orders (number, customer_id, placed_on, status, email, postcode, shipping_cents, currency) VALUES ($p1, $p2, $p3, $p4, $p5, $p6, $p7, 'EUR')",
                cancellationToken, order.Number, order.CustomerId, Day(today, order.PlacedDaysAgo), order.Status.ToString(), customer.Email, customer.Postcode, order.ShippingCents);
            for (var i = 0; i < order.Lines.Length; i++)
            {
                var product = Array.Find(Products, p => p.Sku == order.Lines[i].Sku)!;
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO order_lines (order_number, line_no, sku, product, quantity, unit_price_cents, warranty_months, returnable) VALUES ($p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8)",
                    cancellationToken, order.Number, i + 1, product.Sku, product.NameFor(customer), order.Lines[i].Quantity, product.PriceCents, product.WarrantyMonths, product.Returnable ? 1 : 0);
            }

            if (order.Shipment is { } shipment)
            {
                var tracking = TrackingNumber(shipment.Carrier, order.Number);
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO shipments (order_number, carrier, tracking_number, tracking_url, shipped_on, estimated_delivery, delivered_on) VALUES ($p1, $p2, $p3, $p4, $p5, $p6, $p7)",
                    cancellationToken, order.Number, shipment.Carrier, tracking, TrackingUrl(shipment.Carrier, tracking), Day(today, shipment.ShippedDaysAgo),
                    shipment.EstimatedDaysAgo is { } estimated ? Day(today, estimated) : null,
                    shipment.DeliveredDaysAgo is { } delivered ? Day(today, delivered) : null);
                if (invoiceNumbers.TryGetValue(order.Number, out var invoice))
                {
                    await ExecuteAsync(connection, transaction, "INSERT INTO invoices (number, order_number, issued_on) VALUES ($p1, $p2, $p3)",
                        cancellationToken, invoice, order.Number, Day(today, shipment.ShippedDaysAgo));
                }
            }
        }

        await ExecuteAsync(connection, transaction, "INSERT INTO counters (name, value) VALUES ('rma', 40), ('warranty', 16)", cancellationToken);
        foreach (var seeded in Returns)
        {
            var order = Array.Find(Orders, o => o.Number == seeded.Order)!;
            var created = today.AddDays(-seeded.CreatedDaysAgo);
            var rma = await SqliteOrderStore.NextReferenceAsync(connection, transaction, SqliteOrderStore.RmaCounter, created, cancellationToken);
            var customerPays = !options.FreeReturns && !seeded.ShopAtFault;
            await ExecuteAsync(connection, transaction,
                "INSERT INTO returns (rma_number, order_number, skus, reason, exchange, customer_pays, label_url, return_by, created_at, customer_id, conversation_id) VALUES ($p1, $p2, $p3, $p4, 0, $p5, $p6, $p7, $p8, $p9, NULL)",
                cancellationToken, rma, seeded.Order, string.Join(',', order.Lines.Select(l => l.Sku)), seeded.Reason, customerPays ? 1 : 0,
                customerPays ? null : SqliteOrderStore.LabelUrl(options, rma).ToString(), Day(today, seeded.CreatedDaysAgo - options.ReturnShipWithinDays),
                Day(today, seeded.CreatedDaysAgo), order.CustomerId);
        }

        foreach (var claim in Claims)
        {
            var order = Array.Find(Orders, o => o.Number == claim.Order)!;
            var created = today.AddDays(-claim.CreatedDaysAgo);
            var number = await SqliteOrderStore.NextReferenceAsync(connection, transaction, SqliteOrderStore.WarrantyCounter, created, cancellationToken);
            await ExecuteAsync(connection, transaction,
                "INSERT INTO warranty_claims (case_number, order_number, sku, symptoms, created_at, customer_id, conversation_id) VALUES ($p1, $p2, $p3, $p4, $p5, $p6, NULL)",
                cancellationToken, number, claim.Order, claim.Sku, claim.Symptoms, Day(today, claim.CreatedDaysAgo), order.CustomerId);
        }
    }

    private static string Day(DateOnly today, int daysAgo) => SqliteOrderStore.FormatDay(today.AddDays(-daysAgo));

    // Deterministic per order, in each carrier's usual shape.
    private static string TrackingNumber(string carrier, string orderNumber)
    {
        var digits = (long.Parse(orderNumber, CultureInfo.InvariantCulture) * 7919L % 1_000_000_000L).ToString("D9", CultureInfo.InvariantCulture);
        return carrier switch
        {
            "SEUR" => "07" + digits + "201",
            "Correos Express" => "3230" + digits + "011",
            "DHL" => "JVGL" + digits + "6",
            "GLS" => "6" + digits + "4",
            "UPS" => "1Z8A4E06" + digits[..8] + "2",
            _ => digits,
        };
    }

    private static string? TrackingUrl(string carrier, string tracking) => carrier switch
    {
        "SEUR" => "https://www.seur.com/livetracking/?segOnlineIdentificador=" + tracking,
        "Correos Express" => "https://s.correosexpress.com/SeguimientoSinCP/search?n=" + tracking,
        "DHL" => "https://www.dhl.com/es-es/home/tracking.html?tracking-id=" + tracking,
        "GLS" => "https://gls-group.com/ES/es/seguimiento-envios/?match=" + tracking,
        "UPS" => "https://www.ups.com/track?loc=es_ES&tracknum=" + tracking,
        _ => null,
    };

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$p" + (i + 1).ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record Customer(string Id, string Name, string Email, string Postcode, string City, string Language);

    /// <summary>A product, named in English for the British and Irish customers and in Spanish for the Spanish ones.</summary>
    private sealed record Product(string Sku, string Name, string SpanishName, int PriceCents, int WarrantyMonths, bool Returnable = true)
    {
        public string NameFor(Customer customer) => customer.Language == "es" ? SpanishName : Name;
    }

    /// <summary>Days before the seeding day; a negative estimate is in the future.</summary>
    private sealed record Delivery(string Carrier, int ShippedDaysAgo, int? EstimatedDaysAgo, int? DeliveredDaysAgo);

    private sealed record Order(
        string Number, string CustomerId, int PlacedDaysAgo, OrderStatus Status, Delivery? Shipment, (string Sku, int Quantity)[] Lines,
        int ShippingCents = 495, bool Invoiced = true);

    private sealed record Return(string Order, int CreatedDaysAgo, string Reason, bool ShopAtFault);

    private sealed record Claim(string Order, string Sku, int CreatedDaysAgo, string Symptoms);
}
