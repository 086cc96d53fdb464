using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>A shop's commerce backend speaking the contract of <c>deploymentTemplates/commerce-api.md</c>: real Kestrel on
/// a free loopback port, an in-memory shop (four orders of two customers, "today" fixed at <see cref="Today"/>), bearer key
/// checks, problem+json errors, idempotent creation, plus scripted faults. Records every request it receives.</summary>
public sealed class CommerceBackendServer : IAsyncDisposable
{
    public const string ApiKey = "test-commerce-key-7f3a9c1e";

    /// <summary>A key the shop knows but has revoked: 403.</summary>
    public const string RevokedKey = "revoked-commerce-key-0b2d";

    public const string ApiRoot = "/api/supportbot/v1/";

    public const int ReturnWindowDays = 30;

    public static readonly DateOnly Today = new(2026, 11, 20);

    /// <summary>The invoice PDF of SB-1001.</summary>
    public static readonly byte[] InvoicePdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static readonly IReadOnlyList<ShopOrder> Orders =
    [
        new("SB-1001", "cus_ana", "ana.garcia@example.es", "28013", Today.AddDays(-12), "delivered",
            [
                new("AUR-300", "Auriculares inalámbricos Sonora 300", 1, 89.90m, 36),
                new("CAB-USB-C", "Cable USB-C trenzado 2 m", 2, 9.95m, 24),
                new("FUN-GRAB", "Funda grabada personalizada", 1, 19.99m, 24, Returnable: false),
            ],
            new("SEUR", "SEUR123456789ES", "https://www.seur.com/livetracking/?segOnlineIdentificador=SEUR123456789ES", Today.AddDays(-10), Today.AddDays(-8), Today.AddDays(-8)),
            "F2026-000101", PdfInvoice: true),
        new("SB-1002", "cus_ana", "ana.garcia@example.es", "28013", Today.AddDays(-2), "shipped",
            [new("CAF-EXP", "Cafetera espresso Brava", 1, 249.00m, 36)],
            new("Correos Express", "CEX9988776655", null, Today.AddDays(-1), Today.AddDays(2), null),
            null, PdfInvoice: false),
        new("SB-1003", "cus_john", "john.smith@example.co.uk", "SW1A 1AA", Today.AddDays(-64), "delivered",
            [new("ROB-X2", "Robot aspirador Limpio X2", 1, 299.00m, 36)],
            new("GLS", "GLS55443322", "https://gls-group.com/ES/es/seguimiento-envio?match=GLS55443322", Today.AddDays(-62), Today.AddDays(-60), Today.AddDays(-60)),
            "F2026-000087", PdfInvoice: false),
        new("SB-0420", "cus_john", "john.smith@example.co.uk", "SW1A 1AA", new DateOnly(2022, 6, 3), "delivered",
            [new("TAB-10", "Tablet Lumen 10", 1, 199.00m, 36)],
            new("SEUR", "SEUR000111222ES", null, new DateOnly(2022, 6, 6), null, new DateOnly(2022, 6, 8)),
            "F2022-004420", PdfInvoice: false),
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<BackendFault> _faults = new();
    private readonly ConcurrentQueue<BackendRequest> _requests = new();
    private readonly Dictionary<string, Answer> _idempotent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Order, string Sku), string> _returned = new();
    private readonly ConcurrentDictionary<(string Order, string Sku), string> _claims = new();
    private int _rmaSequence;
    private int _caseSequence;

    private CommerceBackendServer(LoopbackServer server)
    {
        _server = server;
        BaseUrl = new Uri(server.Address, ApiRoot);
    }

    /// <summary>What to configure as <c>Orders:Http:BaseUrl</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every request received, in order (faulted ones included).</summary>
    public IReadOnlyList<BackendRequest> Requests => [.. _requests];

    /// <summary>Returns created so far (RMA numbers), each counted once however often its request was repeated.</summary>
    public IReadOnlyCollection<string> Rmas => [.. _returned.Values.Distinct(StringComparer.Ordinal)];

    public static async Task<CommerceBackendServer> StartAsync()
    {
        CommerceBackendServer? backend = null;
        var server = await LoopbackServer.StartAsync(context => backend!.HandleAsync(context));
        backend = new CommerceBackendServer(server);
        return backend;
    }

    /// <summary>Scripts the answers to the next requests, one fault per request.</summary>
    public void Enqueue(params BackendFault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string? Decoded(IHeaderDictionary headers, string name)
        => headers.TryGetValue(name, out var value) ? Uri.UnescapeDataString(value.ToString()) : null;

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var path = request.Path.Value ?? string.Empty;
        var relative = path.StartsWith(ApiRoot, StringComparison.Ordinal) ? path[ApiRoot.Length..] : path;
        _requests.Enqueue(new BackendRequest(
            request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            relative,
            request.Headers.Authorization.Count == 0 ? null : request.Headers.Authorization.ToString(),
            Decoded(request.Headers, "X-SupportBot-Customer"),
            Decoded(request.Headers, "X-SupportBot-Conversation"),
            request.Headers.TryGetValue("Idempotency-Key", out var key) ? key.ToString() : null,
            request.Headers.Accept.Count == 0 ? null : request.Headers.Accept.ToString(),
            request.ContentType,
            body));

        // The shop's gateway checks the key before anything else.
        var authorization = request.Headers.Authorization.ToString();
        if (authorization != "Bearer " + ApiKey)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"supportbot\"";
            var revoked = authorization == "Bearer " + RevokedKey;
            await ProblemAsync(context, revoked ? 403 : 401, revoked ? "key_revoked" : "invalid_api_key", revoked ? "API key revoked" : "Missing or invalid API key");
            return;
        }

        if (!_faults.TryDequeue(out var fault))
        {
            fault = null;
        }

        if (fault is not null && fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, context.RequestAborted);
        }

        if (fault?.Status is { } status)
        {
            if (fault.AfterHandling)
            {
                // Handle for real into a buffer nobody reads: the shop did the work, the answer is lost.
                var original = context.Response.Body;
                context.Response.Body = new MemoryStream();
                await RouteAsync(context, relative, body, request.Headers["Idempotency-Key"].ToString());
                context.Response.Body = original;
                context.Response.Headers.Clear();
            }

            if (fault.Location is not null)
            {
                context.Response.Headers.Location = fault.Location;
            }

            if (fault.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = fault.RetryAfter;
            }

            await WriteAsync(context, status, fault.ContentType, fault.Body);
            return;
        }

        await RouteAsync(context, relative, body, request.Headers["Idempotency-Key"].ToString());
    }

    private async Task RouteAsync(HttpContext context, string relative, string body, string idempotencyKey)
    {
        var segments = relative.Split('/').Select(Uri.UnescapeDataString).ToArray();
        var method = context.Request.Method;
        switch (segments)
        {
            case ["orders", var number, "verify"] when HttpMethods.IsPost(method):
                await VerifyAsync(context, number, body);
                break;
            case ["customers", var customer, "orders", var number] when HttpMethods.IsGet(method):
                var own = Find(number);
                await (own is not null && own.CustomerId == customer ? WriteJsonAsync(context, 200, OrderJson(own)) : NotFoundAsync(context));
                break;
            case ["orders", var number, "returns" or "warranty-claims"] when HttpMethods.IsPost(method):
                await CreateIdempotentlyAsync(context, idempotencyKey, segments[2] == "returns"
                    ? () => ReturnAnswer(number, body, context.Request.ContentType)
                    : () => WarrantyAnswer(number, body, context.Request.ContentType));
                break;
            case ["orders", var number, "invoice"] when HttpMethods.IsGet(method):
                await InvoiceAsync(context, number);
                break;
            default:
                await ProblemAsync(context, 404, "not_found", "No such resource");
                break;
        }
    }

    private static async Task VerifyAsync(HttpContext context, string number, string body)
    {
        string? proof = null;
        try
        {
            proof = context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true
                ? JsonNode.Parse(body)?["proof"]?.GetValue<string>()
                : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Answered below.
        }

        if (string.IsNullOrWhiteSpace(proof))
        {
            await ProblemAsync(context, 400, "invalid_request", "The body must be JSON with a non-empty proof");
            return;
        }

        var order = Find(number);
        var matches = order is not null && (
            string.Equals(order.Email, proof.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(Squeeze(order.Postcode), Squeeze(proof), StringComparison.OrdinalIgnoreCase));
        await (matches ? WriteJsonAsync(context, 200, OrderJson(order!)) : NotFoundAsync(context));
    }

    private Answer ReturnAnswer(string number, string body, string? contentType)
    {
        if (Parse(body, contentType) is not JsonObject json
            || json["skus"] is not JsonArray skus || skus.Any(s => s?.GetValueKind() != JsonValueKind.String)
            || json["reason"]?.GetValueKind() != JsonValueKind.String
            || json["resolution"]?.GetValueKind() != JsonValueKind.String || json["resolution"]!.GetValue<string>() is not ("refund" or "exchange"))
        {
            return Answer.Problem(400, "invalid_request", "skus (array of strings), reason (string) and resolution (refund | exchange) are required");
        }

        if (Find(number) is not { } order)
        {
            return Answer.NotFound;
        }

        var asked = skus.Select(s => s!.GetValue<string>()).ToList();
        var lines = asked.Count == 0 ? [.. order.Lines.Where(l => l.Returnable)] : order.Lines.Where(l => asked.Contains(l.Sku)).ToList();
        if (asked.Count > 0 && lines.Count != asked.Count)
        {
            return Answer.Problem(400, "invalid_request", "skus names products that are not in the order");
        }

        if (order.Shipment?.DeliveredOn is not { } delivered)
        {
            return Answer.Problem(422, "not_delivered", "The order has not been delivered yet");
        }

        var windowEnd = delivered.AddDays(ReturnWindowDays);
        if (Today > windowEnd)
        {
            return Answer.Problem(422, "outside_window", "The return window has ended", ("returnBy", Date(windowEnd)));
        }

        if (lines.Any(l => !l.Returnable))
        {
            return Answer.Problem(422, "not_returnable", "Personalised products cannot be returned");
        }

        if (lines.Select(l => _returned.GetValueOrDefault((order.Number, l.Sku))).FirstOrDefault(r => r is not null) is { } existing)
        {
            return Answer.Problem(409, "already_returned", "A return for these products is already open", ("rma", existing));
        }

        var rma = $"RMA-2026-{Interlocked.Increment(ref _rmaSequence):D5}";
        foreach (var line in lines)
        {
            _returned[(order.Number, line.Sku)] = rma;
        }

        var exchange = json["resolution"]!.GetValue<string>() == "exchange";
        return new Answer(201, new JsonObject
        {
            ["rma"] = rma,
            ["returnBy"] = Date(Today.AddDays(14)),
            ["labelUrl"] = exchange ? $"https://shop.example/returns/{rma}/label.pdf" : null,
            ["customerPaysShipping"] = !exchange,
        }, $"{ApiRoot}orders/{order.Number}/returns/{rma}");
    }

    private Answer WarrantyAnswer(string number, string body, string? contentType)
    {
        if (Parse(body, contentType) is not JsonObject json
            || json["sku"]?.GetValueKind() != JsonValueKind.String || json["symptoms"]?.GetValueKind() != JsonValueKind.String)
        {
            return Answer.Problem(400, "invalid_request", "sku and symptoms (strings) are required");
        }

        if (Find(number) is not { } order)
        {
            return Answer.NotFound;
        }

        var sku = json["sku"]!.GetValue<string>();
        if (order.Lines.FirstOrDefault(l => l.Sku == sku) is not { } line)
        {
            return Answer.Problem(422, "unknown_product", "The product is not in this order");
        }

        if (order.Shipment?.DeliveredOn is not { } delivered)
        {
            return Answer.Problem(422, "not_delivered", "The order has not been delivered yet");
        }

        var warrantyEnds = delivered.AddMonths(line.WarrantyMonths);
        if (Today > warrantyEnds)
        {
            return Answer.Problem(422, "warranty_expired", "The product's warranty has ended", ("warrantyEndsOn", Date(warrantyEnds)));
        }

        if (_claims.TryGetValue((order.Number, sku), out var open))
        {
            return Answer.Problem(409, "claim_already_open", "A claim for this product is already open", ("caseNumber", open));
        }

        var caseNumber = $"SAT-2026-{Interlocked.Increment(ref _caseSequence):D5}";
        _claims[(order.Number, sku)] = caseNumber;
        return new Answer(201, new JsonObject { ["caseNumber"] = caseNumber, ["warrantyEndsOn"] = Date(warrantyEnds) },
            $"{ApiRoot}orders/{order.Number}/warranty-claims/{caseNumber}");
    }

    private async Task CreateIdempotentlyAsync(HttpContext context, string idempotencyKey, Func<Answer> create)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            await ProblemAsync(context, 400, "idempotency_key_required", "Creating requests need an Idempotency-Key header");
            return;
        }

        Answer answer;
        lock (_idempotent)
        {
            if (!_idempotent.TryGetValue(idempotencyKey, out answer!))
            {
                answer = create();
                _idempotent[idempotencyKey] = answer;
            }
        }

        if (answer.Location is not null)
        {
            context.Response.Headers.Location = answer.Location;
        }

        await WriteAsync(context, answer.Status, answer.Status >= 400 ? "application/problem+json" : "application/json", answer.Body.ToJsonString(Json));
    }

    private static async Task InvoiceAsync(HttpContext context, string number)
    {
        if (Find(number) is not { InvoiceNumber: { } invoiceNumber } order)
        {
            await NotFoundAsync(context);
            return;
        }

        var accept = context.Request.Headers.Accept.ToString();
        if (order.PdfInvoice && accept.Contains("application/pdf", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/pdf";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"factura-{invoiceNumber}.pdf\"";
            context.Response.Headers["X-Invoice-Number"] = invoiceNumber;
            await context.Response.Body.WriteAsync(InvoicePdf, context.RequestAborted);
            return;
        }

        await WriteJsonAsync(context, 200, new JsonObject
        {
            ["invoiceNumber"] = invoiceNumber,
            ["fileName"] = $"factura-{invoiceNumber}.pdf",
            ["downloadUrl"] = $"https://shop.example/invoices/{invoiceNumber}.pdf?sig=4f1c",
            ["expiresAt"] = "2026-11-27T10:00:00Z",
        });
    }

    private static ShopOrder? Find(string number)
        => Orders.FirstOrDefault(o => string.Equals(o.Number, number.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonNode? Parse(string body, string? contentType)
    {
        try
        {
            return contentType?.StartsWith("application/json", StringComparison.Ordinal) == true ? JsonNode.Parse(body) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject OrderJson(ShopOrder order) => new()
    {
        ["number"] = order.Number,
        ["placedOn"] = Date(order.PlacedOn),
        ["status"] = order.Status,
        ["currency"] = "EUR",
        ["total"] = order.Lines.Sum(l => l.Quantity * l.UnitPrice),
        ["lines"] = new JsonArray([.. order.Lines.Select(l => (JsonNode)new JsonObject
        {
            ["sku"] = l.Sku,
            ["product"] = l.Product,
            ["quantity"] = l.Quantity,
            ["unitPrice"] = l.UnitPrice,
            ["warrantyMonths"] = l.WarrantyMonths,
            ["returnable"] = l.Returnable ? null : false,
        })]),
        ["shipment"] = order.Shipment is not { } s ? null : new JsonObject
        {
            ["carrier"] = s.Carrier,
            ["trackingNumber"] = s.TrackingNumber,
            ["trackingUrl"] = s.TrackingUrl,
            ["shippedOn"] = Date(s.ShippedOn),
            ["estimatedDelivery"] = s.EstimatedDelivery is { } e ? Date(e) : null,
            ["deliveredOn"] = s.DeliveredOn is { } d ? Date(d) : null,
        },
        ["invoiceNumber"] = order.InvoiceNumber,
    };

    // One body for an unknown order and for a wrong proof: nothing tells them apart.
    private static Task NotFoundAsync(HttpContext context) => ProblemAsync(context, 404, "order_not_found", "Order not found");

    private static Task ProblemAsync(HttpContext context, int status, string code, string title)
        => WriteAsync(context, status, "application/problem+json", Answer.Problem(status, code, title).Body.ToJsonString(Json));

    private static Task WriteJsonAsync(HttpContext context, int status, JsonNode body)
        => WriteAsync(context, status, "application/json", body.ToJsonString(Json));

    private static async Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType + "; charset=utf-8";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    private sealed record ShopOrder(
        string Number, string CustomerId, string Email, string Postcode, DateOnly PlacedOn, string Status,
        IReadOnlyList<ShopLine> Lines, ShopShipment? Shipment, string? InvoiceNumber, bool PdfInvoice);

    private sealed record ShopLine(string Sku, string Product, int Quantity, decimal UnitPrice, int WarrantyMonths, bool Returnable = true);

    private sealed record ShopShipment(string Carrier, string TrackingNumber, string? TrackingUrl, DateOnly ShippedOn, DateOnly? EstimatedDelivery, DateOnly? DeliveredOn);

    private sealed record Answer(int Status, JsonObject Body, string? Location = null)
    {
        public static Answer NotFound => Problem(404, "order_not_found", "Order not found");

        public static Answer Problem(int status, string code, string title, params (string Name, string Value)[] extensions)
        {
            var body = new JsonObject
            {
                ["type"] = $"https://shop.example/problems/{code.Replace('_', '-')}",
                ["title"] = title,
                ["status"] = status,
                ["code"] = code,
            };
            foreach (var (name, value) in extensions)
            {
                body[name] = value;
            }

            return new Answer(status, body);
        }
    }
}
