using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Orders;

/// <summary>The embedded demo shop: customers, orders, lines, shipments, invoices, returns and warranty cases in a
/// SQLite file, created and seeded on first use (<see cref="DemoOrderSeed"/>, dates around the seeding day) under a
/// schema version, once however many instances start together. Applies the shop's return and warranty policy
/// (<see cref="OrdersOptions"/>) and writes invoice copies as PDF in the customer's language. Also answers the survey's
/// signed-link order lookup.</summary>
public sealed class SqliteOrderStore : IOrderService, IOrderLookup, IDisposable
{
    /// <summary>Schema and seed version written in <c>schema_version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Longest order number looked up.</summary>
    public const int MaxOrderNumberLength = 32;

    internal const string RmaCounter = "rma";
    internal const string WarrantyCounter = "warranty";
    private const int MaxTextLength = 1000;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS customers (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, postcode TEXT NOT NULL, city TEXT NOT NULL, language TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS orders (
            number TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers (id), placed_on TEXT NOT NULL, status TEXT NOT NULL,
            email TEXT NOT NULL, postcode TEXT NOT NULL, shipping_cents INTEGER NOT NULL, currency TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_orders_customer ON orders (customer_id);
        CREATE TABLE IF NOT EXISTS order_lines (
            order_number TEXT NOT NULL REFERENCES orders (number), line_no INTEGER NOT NULL, sku TEXT NOT NULL, product TEXT NOT NULL,
            quantity INTEGER NOT NULL, unit_price_cents INTEGER NOT NULL, warranty_months INTEGER NOT NULL, returnable INTEGER NOT NULL,
            PRIMARY KEY (order_number, line_no));
        CREATE TABLE IF NOT EXISTS shipments (
            order_number TEXT PRIMARY KEY REFERENCES orders (number), carrier TEXT NOT NULL, tracking_number TEXT NOT NULL, tracking_url TEXT,
            shipped_on TEXT NOT NULL, estimated_delivery TEXT, delivered_on TEXT);
        CREATE TABLE IF NOT EXISTS invoices (
            number TEXT PRIMARY KEY, order_number TEXT NOT NULL UNIQUE REFERENCES orders (number), issued_on TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS returns (
            rma_number TEXT PRIMARY KEY, order_number TEXT NOT NULL REFERENCES orders (number), skus TEXT NOT NULL, reason TEXT NOT NULL,
            exchange INTEGER NOT NULL, customer_pays INTEGER NOT NULL, label_url TEXT, return_by TEXT NOT NULL, created_at TEXT NOT NULL,
            customer_id TEXT, conversation_id TEXT);
        CREATE INDEX IF NOT EXISTS ix_returns_order ON returns (order_number);
        CREATE TABLE IF NOT EXISTS warranty_claims (
            case_number TEXT PRIMARY KEY, order_number TEXT NOT NULL REFERENCES orders (number), sku TEXT NOT NULL, symptoms TEXT NOT NULL,
            created_at TEXT NOT NULL, customer_id TEXT, conversation_id TEXT);
        CREATE INDEX IF NOT EXISTS ix_warranty_order ON warranty_claims (order_number, sku);
        CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        """;

    // Compared against when the order does not exist, so an unknown order costs what a wrong proof costs.
    private static readonly byte[] Decoy = SHA256.HashData(Encoding.UTF8.GetBytes("\u0000no-such-order"));

    private readonly SqliteDatabase _database;
    private readonly OrdersOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _seeding = new(1, 1);
    private bool _seeded;

    /// <summary>Creates the store on the configured file.</summary>
    public SqliteOrderStore(IOptions<OrdersOptions> options, IHostEnvironment environment, TimeProvider time)
        : this(
            System.IO.Path.GetFullPath(options?.Value.DatabasePath ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? Directory.GetCurrentDirectory()),
            options.Value,
            time)
    {
    }

    /// <summary>Creates the store on <paramref name="path"/>.</summary>
    public SqliteOrderStore(string path, OrdersOptions options, TimeProvider time)
    {
        _database = new SqliteDatabase(path, Schema);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The database file.</summary>
    public string Path => _database.Path;

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    /// <inheritdoc />
    public async Task<OrderDetails?> FindVerifiedAsync(string orderNumber, string proof, OrderCaller caller, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var number = Normalize(orderNumber);
        string? email = null, postcode = null;
        if (number is not null)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT email, postcode FROM orders WHERE number = $number";
            command.Parameters.AddWithValue("$number", number);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                (email, postcode) = (reader.GetString(0), reader.GetString(1));
            }
        }

        // Both comparisons always run, in fixed time, against a decoy when the order is unknown.
        var byEmail = Matches(NormalizeEmail(proof), email is null ? null : NormalizeEmail(email));
        var byPostcode = Matches(NormalizePostcode(proof), postcode is null ? null : NormalizePostcode(postcode));
        return email is not null && (byEmail | byPostcode) ? await LoadAsync(connection, number, cancellationToken) : null;
    }

    /// <inheritdoc />
    public async Task<OrderDetails?> FindOwnAsync(string customerId, string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await OwnerOfAsync(connection, orderNumber, cancellationToken) is { } owned && string.Equals(owned.CustomerId, customerId, StringComparison.Ordinal)
            ? await LoadAsync(connection, owned.Number, cancellationToken)
            : null;
    }

    /// <inheritdoc />
    public async Task<OrderSummary?> FindAsync(string customerId, string orderId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await OwnerOfAsync(connection, orderId, cancellationToken) is not { } owned || !string.Equals(owned.CustomerId, customerId, StringComparison.Ordinal))
        {
            return null;
        }

        var order = (await LoadAsync(connection, owned.Number, cancellationToken))!;
        var main = order.Lines.OrderByDescending(l => l.UnitPrice * l.Quantity).First();
        return new OrderSummary(order.OrderNumber, main.Product, order.Shipment?.DeliveredOn);
    }

    /// <inheritdoc />
    public async Task<ReturnOutcome> StartReturnAsync(ReturnRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var order = await LoadAsync(connection, request.OrderNumber, cancellationToken, transaction);
        if (order is null)
        {
            return new ReturnOutcome(ReturnStatus.NotReturnable);
        }

        var lines = await ReadLinesAsync(connection, transaction, order.OrderNumber, cancellationToken);
        var requested = request.Skus.Count == 0
            ? lines
            : lines.Where(l => request.Skus.Any(s => string.Equals(s?.Trim(), l.Sku, StringComparison.OrdinalIgnoreCase))).ToList();
        if (await FindReturnAsync(connection, transaction, order.OrderNumber, requested.Select(l => l.Sku), cancellationToken) is { } existing)
        {
            return existing;
        }

        var delivered = order.Shipment?.DeliveredOn;
        if (order.Status == OrderStatus.Returned)
        {
            return new ReturnOutcome(ReturnStatus.AlreadyRequested);
        }

        if (order.Status != OrderStatus.Delivered || delivered is null)
        {
            return new ReturnOutcome(ReturnStatus.NotDelivered);
        }

        var today = Today;
        var windowEnd = delivered.Value.AddDays(_options.ReturnWindowDays);
        if (today > windowEnd)
        {
            return new ReturnOutcome(ReturnStatus.OutsideWindow, ReturnBy: windowEnd);
        }

        var returnable = requested.Where(l => l.Returnable).Select(l => l.Sku).ToList();
        if (returnable.Count == 0)
        {
            return new ReturnOutcome(ReturnStatus.NotReturnable);
        }

        var customerPays = !_options.FreeReturns && !ReturnPolicy.IsShopAtFault(request.Reason);
        var rma = await NextReferenceAsync(connection, transaction, RmaCounter, today, cancellationToken);
        var label = customerPays ? null : LabelUrl(_options, rma);
        var returnBy = today.AddDays(_options.ReturnShipWithinDays);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO returns (rma_number, order_number, skus, reason, exchange, customer_pays, label_url, return_by, created_at, customer_id, conversation_id)
                VALUES ($rma, $order, $skus, $reason, $exchange, $pays, $label, $by, $created, $customer, $conversation);
                """;
            insert.Parameters.AddWithValue("$rma", rma);
            insert.Parameters.AddWithValue("$order", order.OrderNumber);
            insert.Parameters.AddWithValue("$skus", string.Join(',', returnable));
            insert.Parameters.AddWithValue("$reason", Cap(request.Reason));
            insert.Parameters.AddWithValue("$exchange", request.Exchange ? 1 : 0);
            insert.Parameters.AddWithValue("$pays", customerPays ? 1 : 0);
            insert.Parameters.AddWithValue("$label", label is null ? DBNull.Value : label.ToString());
            insert.Parameters.AddWithValue("$by", FormatDay(returnBy));
            insert.Parameters.AddWithValue("$created", FormatDay(today));
            insert.Parameters.AddWithValue("$customer", Cap(caller.CustomerId));
            insert.Parameters.AddWithValue("$conversation", Cap(caller.ConversationId));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ReturnOutcome(ReturnStatus.Created, rma, returnBy, label, customerPays);
    }

    /// <inheritdoc />
    public async Task<WarrantyOutcome> OpenWarrantyClaimAsync(WarrantyClaimRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var order = await LoadAsync(connection, request.OrderNumber, cancellationToken, transaction);
        var line = order?.Lines.FirstOrDefault(l => string.Equals(l.Sku, request.Sku?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (order is null || line is null)
        {
            return new WarrantyOutcome(WarrantyStatus.UnknownProduct);
        }

        if (order.Shipment?.DeliveredOn is not { } delivered)
        {
            return new WarrantyOutcome(WarrantyStatus.NotDelivered);
        }

        var endsOn = delivered.AddMonths(line.WarrantyMonths);
        await using (var open = connection.CreateCommand())
        {
            open.Transaction = transaction;
            open.CommandText = "SELECT case_number FROM warranty_claims WHERE order_number = $order AND sku = $sku ORDER BY created_at DESC LIMIT 1";
            open.Parameters.AddWithValue("$order", order.OrderNumber);
            open.Parameters.AddWithValue("$sku", line.Sku);
            if (await open.ExecuteScalarAsync(cancellationToken) is string existing)
            {
                return new WarrantyOutcome(WarrantyStatus.AlreadyOpen, existing, endsOn);
            }
        }

        var today = Today;
        if (today > endsOn)
        {
            return new WarrantyOutcome(WarrantyStatus.Expired, WarrantyEndsOn: endsOn);
        }

        var caseNumber = await NextReferenceAsync(connection, transaction, WarrantyCounter, today, cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO warranty_claims (case_number, order_number, sku, symptoms, created_at, customer_id, conversation_id)
                VALUES ($case, $order, $sku, $symptoms, $created, $customer, $conversation);
                """;
            insert.Parameters.AddWithValue("$case", caseNumber);
            insert.Parameters.AddWithValue("$order", order.OrderNumber);
            insert.Parameters.AddWithValue("$sku", line.Sku);
            insert.Parameters.AddWithValue("$symptoms", Cap(request.Symptoms));
            insert.Parameters.AddWithValue("$created", FormatDay(today));
            insert.Parameters.AddWithValue("$customer", Cap(caller.CustomerId));
            insert.Parameters.AddWithValue("$conversation", Cap(caller.ConversationId));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new WarrantyOutcome(WarrantyStatus.Created, caseNumber, endsOn);
    }

    /// <inheritdoc />
    public async Task<InvoiceCopy?> GetInvoiceAsync(string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var order = await LoadAsync(connection, orderNumber, cancellationToken);
        if (order?.InvoiceNumber is null)
        {
            return null;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.issued_on, c.name, o.postcode, c.city, c.language, o.shipping_cents
            FROM invoices i JOIN orders o ON o.number = i.order_number JOIN customers c ON c.id = o.customer_id
            WHERE i.order_number = $order
            """;
        command.Parameters.AddWithValue("$order", order.OrderNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var language = reader.GetString(4) == "en" ? Language.English : Language.Spanish;
        var document = new InvoiceDocument
        {
            InvoiceNumber = order.InvoiceNumber,
            IssuedOn = ParseDay(reader.GetString(0)),
            OrderNumber = order.OrderNumber,
            Language = language,
            SellerName = _options.ShopName,
            SellerTaxId = _options.ShopTaxId,
            CustomerName = reader.GetString(1),
            CustomerPlace = $"{reader.GetString(2)} {reader.GetString(3)}",
            Lines = order.Lines,
            Shipping = reader.GetInt64(5) / 100m,
            VatPercent = _options.VatPercent,
        };
        return new InvoiceCopy(order.InvoiceNumber, InvoiceLabels.For(language).FileName(order.InvoiceNumber), InvoicePdf.Write(document), null);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _database.Dispose();
        _seeding.Dispose();
    }

    /// <summary>How days are stored: ISO 8601, which sorts as text.</summary>
    internal static string FormatDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The prepaid label of return <paramref name="rma"/>.</summary>
    internal static Uri LabelUrl(OrdersOptions options, string rma)
        => new(options.ReturnLabelBaseUrl.TrimEnd('/') + "/" + Uri.EscapeDataString(rma) + ".pdf");

    /// <summary>The next RMA (<c>RMA-2026-00042</c>) or warranty case (<c>GAR-2026-00017</c>) number, inside
    /// <paramref name="transaction"/>.</summary>
    internal static async Task<string> NextReferenceAsync(
        SqliteConnection connection, SqliteTransaction transaction, string counter, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE counters SET value = value + 1 WHERE name = $name RETURNING value";
        command.Parameters.AddWithValue("$name", counter);
        var value = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return string.Create(CultureInfo.InvariantCulture, $"{(counter == RmaCounter ? "RMA" : "GAR")}-{day.Year}-{value:D5}");
    }

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An order number as customers type it ("#400101", " 400101 "), or null when it cannot be one.</summary>
    private static string? Normalize(string? orderNumber)
    {
        var trimmed = orderNumber?.Trim().TrimStart('#').Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxOrderNumberLength ? null : trimmed.ToUpperInvariant();
    }

    private static string NormalizeEmail(string? value) => (value ?? string.Empty).Trim().ToUpperInvariant();

    private static string NormalizePostcode(string? value)
        => string.Concat((value ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();

    private static bool Matches(string given, string? expected)
    {
        var expectedHash = expected is null ? Decoy : SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        var givenHash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        return CryptographicOperations.FixedTimeEquals(givenHash, expectedHash) & given.Length > 0;
    }

    private static string Cap(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        return trimmed.Length <= MaxTextLength ? trimmed : trimmed[..MaxTextLength];
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken);
        try
        {
            await EnsureSeededAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task EnsureSeededAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _seeded))
        {
            return;
        }

        await _seeding.WaitAsync(cancellationToken);
        try
        {
            if (_seeded)
            {
                return;
            }

            // An immediate transaction: of two processes seeding the same file, the second waits and then finds version 1.
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT COUNT(*) FROM schema_version WHERE version = $version";
            check.Parameters.AddWithValue("$version", SchemaVersion);
            if ((long)(await check.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                await DemoOrderSeed.WriteAsync(connection, transaction, Today, _options, cancellationToken);
                await using var mark = connection.CreateCommand();
                mark.Transaction = transaction;
                mark.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($version, $at)";
                mark.Parameters.AddWithValue("$version", SchemaVersion);
                mark.Parameters.AddWithValue("$at", SqliteDatabase.Format(_time.GetUtcNow()));
                await mark.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            Volatile.Write(ref _seeded, true);
        }
        finally
        {
            _seeding.Release();
        }
    }

    private static async Task<(string Number, string CustomerId)?> OwnerOfAsync(SqliteConnection connection, string orderNumber, CancellationToken cancellationToken)
    {
        var number = Normalize(orderNumber);
        if (number is null)
        {
            return null;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, customer_id FROM orders WHERE number = $number";
        command.Parameters.AddWithValue("$number", number);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private static async Task<OrderDetails?> LoadAsync(
        SqliteConnection connection, string? orderNumber, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        if (Normalize(orderNumber) is not { } number)
        {
            return null;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT o.number, o.placed_on, o.status, o.shipping_cents, o.currency,
                   s.carrier, s.tracking_number, s.tracking_url, s.shipped_on, s.estimated_delivery, s.delivered_on, i.number
            FROM orders o LEFT JOIN shipments s ON s.order_number = o.number LEFT JOIN invoices i ON i.order_number = o.number
            WHERE o.number = $number
            """;
        command.Parameters.AddWithValue("$number", number);
        string storedNumber;
        DateOnly placedOn;
        OrderStatus status;
        long shippingCents;
        string currency;
        Shipment? shipment = null;
        string? invoice;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            storedNumber = reader.GetString(0);
            placedOn = ParseDay(reader.GetString(1));
            status = Enum.Parse<OrderStatus>(reader.GetString(2));
            shippingCents = reader.GetInt64(3);
            currency = reader.GetString(4);
            if (!reader.IsDBNull(5))
            {
                shipment = new Shipment(
                    reader.GetString(5),
                    reader.GetString(6),
                    reader.IsDBNull(7) ? null : new Uri(reader.GetString(7)),
                    ParseDay(reader.GetString(8)),
                    reader.IsDBNull(9) ? null : ParseDay(reader.GetString(9)),
                    reader.IsDBNull(10) ? null : ParseDay(reader.GetString(10)));
            }

            invoice = reader.IsDBNull(11) ? null : reader.GetString(11);
        }

        var lines = (await ReadLinesAsync(connection, transaction, storedNumber, cancellationToken))
            .Select(l => new OrderLine(l.Sku, l.Product, l.Quantity, l.UnitPrice, l.WarrantyMonths, l.Returnable))
            .ToList();
        return new OrderDetails
        {
            OrderNumber = storedNumber,
            PlacedOn = placedOn,
            Status = status,
            Lines = lines,
            Total = lines.Sum(l => l.UnitPrice * l.Quantity) + (shippingCents / 100m),
            Currency = currency,
            Shipment = shipment,
            InvoiceNumber = invoice,
        };
    }

    private static async Task<List<StoredLine>> ReadLinesAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string orderNumber, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT sku, product, quantity, unit_price_cents, warranty_months, returnable FROM order_lines
            WHERE order_number = $order ORDER BY line_no
            """;
        command.Parameters.AddWithValue("$order", orderNumber);
        var lines = new List<StoredLine>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(new StoredLine(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3) / 100m, reader.GetInt32(4), reader.GetInt64(5) == 1));
        }

        return lines;
    }

    /// <summary>An open or finished return covering any of <paramref name="skus"/>, as an <c>AlreadyRequested</c> outcome.</summary>
    private static async Task<ReturnOutcome?> FindReturnAsync(
        SqliteConnection connection, SqliteTransaction transaction, string orderNumber, IEnumerable<string> skus, CancellationToken cancellationToken)
    {
        var wanted = skus.ToHashSet(StringComparer.OrdinalIgnoreCase);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT rma_number, skus, return_by, label_url, customer_pays FROM returns WHERE order_number = $order ORDER BY created_at, rma_number";
        command.Parameters.AddWithValue("$order", orderNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(1).Split(',').Any(wanted.Contains))
            {
                return new ReturnOutcome(
                    ReturnStatus.AlreadyRequested,
                    reader.GetString(0),
                    ParseDay(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : new Uri(reader.GetString(3)),
                    reader.GetInt64(4) == 1);
            }
        }

        return null;
    }

    private sealed record StoredLine(string Sku, string Product, int Quantity, decimal UnitPrice, int WarrantyMonths, bool Returnable);
}
