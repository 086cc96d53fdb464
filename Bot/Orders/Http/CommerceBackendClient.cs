using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using SupportBot.Bot.Orders.Http.Dtos;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders.Http;

/// <summary>The shop's orders from its commerce backend, over the JSON contract in
/// <c>deploymentTemplates/commerce-api.md</c>. A typed client: the base address, the bearer key, the single retry of 429
/// and 5xx and the per-attempt timeout come from the registration (<c>AddCommerceBackend</c>). Every status the contract
/// documents is mapped here; anything else (401/403, 5xx after the retry, timeouts, network errors, bodies that are not
/// the documented JSON) ends as <see cref="OrderServiceUnavailableException"/>. The proof of identity travels only in a
/// request body and is never logged.</summary>
public sealed partial class CommerceBackendClient(HttpClient http, IOptions<CommerceBackendOptions> options, ILogger<CommerceBackendClient> logger)
    : IOrderService
{
    /// <summary>Longest order number or customer id sent; longer ones cannot exist, so they are "not found" without a call.</summary>
    public const int MaxKeyLength = 100;

    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";
    private const string Pdf = "application/pdf";

    /// <inheritdoc />
    public async Task<OrderDetails?> FindVerifiedAsync(string orderNumber, string proof, OrderCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (Key(orderNumber) is not { } number || string.IsNullOrWhiteSpace(proof))
        {
            return null;
        }

        return await SendAsync<OrderDetails?>(
            new Call("verify", HttpMethod.Post, $"orders/{Uri.EscapeDataString(number)}/verify", new VerifyRequestDto(proof.Trim())),
            caller,
            OrderOrNull(number, "verify"),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<OrderDetails?> FindOwnAsync(string customerId, string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
    {
        if (Key(customerId) is not { } customer || Key(orderNumber) is not { } number)
        {
            return null;
        }

        return await SendAsync<OrderDetails?>(
            new Call("customer-order", HttpMethod.Get, $"customers/{Uri.EscapeDataString(customer)}/orders/{Uri.EscapeDataString(number)}"),
            caller,
            OrderOrNull(number, "customer-order"),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ReturnOutcome> StartReturnAsync(ReturnRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var number = Key(request.OrderNumber) ?? throw new ArgumentException("The order number is empty or too long.", nameof(request));
        var body = new ReturnRequestDto([.. request.Skus], request.Reason, request.Exchange ? "exchange" : "refund");
        return await SendAsync(
            new Call("return", HttpMethod.Post, $"orders/{Uri.EscapeDataString(number)}/returns", body, CreatesCase: true),
            caller,
            async (response, ct) =>
            {
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    var created = await ReadJsonAsync<ReturnCreatedDto>(response, ct);
                    return new ReturnOutcome(
                        ReturnStatus.Created, created.Rma, created.ReturnBy, CommerceBackendJson.WebLink(created.LabelUrl, "labelUrl"), created.CustomerPaysShipping);
                }

                var problem = await ReadProblemAsync(response, "return", ct);
                return problem.Code switch
                {
                    "outside_window" => new ReturnOutcome(ReturnStatus.OutsideWindow, ReturnBy: problem.ReturnBy),
                    "not_delivered" => new ReturnOutcome(ReturnStatus.NotDelivered),
                    "already_returned" => new ReturnOutcome(ReturnStatus.AlreadyRequested, problem.Rma),
                    "not_returnable" => new ReturnOutcome(ReturnStatus.NotReturnable),
                    _ => throw UnknownProblem(response, problem, "return"),
                };
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<WarrantyOutcome> OpenWarrantyClaimAsync(WarrantyClaimRequest request, OrderCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var number = Key(request.OrderNumber) ?? throw new ArgumentException("The order number is empty or too long.", nameof(request));
        var body = new WarrantyClaimRequestDto(request.Sku, request.Symptoms);
        return await SendAsync(
            new Call("warranty-claim", HttpMethod.Post, $"orders/{Uri.EscapeDataString(number)}/warranty-claims", body, CreatesCase: true),
            caller,
            async (response, ct) =>
            {
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    var created = await ReadJsonAsync<WarrantyCreatedDto>(response, ct);
                    return new WarrantyOutcome(WarrantyStatus.Created, created.CaseNumber, created.WarrantyEndsOn);
                }

                var problem = await ReadProblemAsync(response, "warranty-claim", ct);
                return problem.Code switch
                {
                    "warranty_expired" => new WarrantyOutcome(WarrantyStatus.Expired, WarrantyEndsOn: problem.WarrantyEndsOn),
                    "not_delivered" => new WarrantyOutcome(WarrantyStatus.NotDelivered),
                    "unknown_product" => new WarrantyOutcome(WarrantyStatus.UnknownProduct),
                    "claim_already_open" => new WarrantyOutcome(WarrantyStatus.AlreadyOpen, problem.CaseNumber),
                    _ => throw UnknownProblem(response, problem, "warranty-claim"),
                };
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<InvoiceCopy?> GetInvoiceAsync(string orderNumber, OrderCaller caller, CancellationToken cancellationToken)
    {
        if (Key(orderNumber) is not { } number)
        {
            return null;
        }

        return await SendAsync<InvoiceCopy?>(
            new Call("invoice", HttpMethod.Get, $"orders/{Uri.EscapeDataString(number)}/invoice", Accept: [Pdf, Json]),
            caller,
            async (response, ct) => response.StatusCode switch
            {
                HttpStatusCode.OK when response.Content.Headers.ContentType?.MediaType == Pdf => await ReadPdfAsync(response, ct),
                HttpStatusCode.OK => ToInvoice(await ReadJsonAsync<InvoiceLinkDto>(response, ct)),
                HttpStatusCode.NotFound => null,
                _ => throw Unexpected(response, "invoice"),
            },
            cancellationToken);
    }

    /// <summary>An order number or customer id as sent: trimmed; null when it cannot name anything (empty, too long, or only
    /// dots, which a URL would read as "this folder" or "the parent folder").</summary>
    internal static string? Key(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxKeyLength || trimmed.All(c => c == '.') ? null : trimmed;
    }

    /// <summary>A file name safe to offer: letters, digits, '.', '-' and '_' only, never starting with a dot.</summary>
    internal static string SafeFileName(string? offered, string invoiceNumber)
    {
        var name = new string((offered ?? string.Empty).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).TrimStart('.', '_');
        if (name.Trim('_').Length == 0)
        {
            name = SafeFileName(invoiceNumber + ".pdf", "invoice");
        }

        return name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? name : name + ".pdf";
    }

    private Func<HttpResponseMessage, CancellationToken, Task<OrderDetails?>> OrderOrNull(string number, string operation)
        => async (response, ct) => response.StatusCode switch
        {
            HttpStatusCode.OK => (await ReadJsonAsync<OrderDto>(response, ct)).ToOrder(number),
            HttpStatusCode.NotFound => null,
            _ => throw Unexpected(response, operation),
        };

    private static InvoiceCopy ToInvoice(InvoiceLinkDto link) => new(
        link.InvoiceNumber,
        SafeFileName(link.FileName, link.InvoiceNumber),
        ReadOnlyMemory<byte>.Empty,
        CommerceBackendJson.WebLink(link.DownloadUrl, "downloadUrl"));

    private static async Task<InvoiceCopy> ReadPdfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var number = response.Headers.TryGetValues(CommerceBackendHeaders.InvoiceNumber, out var values) ? values.FirstOrDefault()?.Trim() : null;
        if (string.IsNullOrEmpty(number))
        {
            throw new InvalidDataException($"A PDF invoice came without {CommerceBackendHeaders.InvoiceNumber}.");
        }

        var pdf = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!pdf.AsSpan().StartsWith("%PDF-"u8))
        {
            throw new InvalidDataException("The invoice answer is labelled application/pdf but is not a PDF.");
        }

        var disposition = response.Content.Headers.ContentDisposition;
        return new InvoiceCopy(number, SafeFileName((disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"'), number), pdf, null);
    }

    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        var media = response.Content.Headers.ContentType?.MediaType;
        if (media is null || !(media == Json || media == ProblemJson || media.EndsWith("+json", StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"The answer is {media ?? "untyped"}, not JSON.");
        }

        return await response.Content.ReadFromJsonAsync<T>(CommerceBackendJson.Options, cancellationToken)
            ?? throw new JsonException("The answer is JSON null.");
    }

    private async Task<ProblemDto> ReadProblemAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
        => response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity
            ? await ReadJsonAsync<ProblemDto>(response, cancellationToken)
            : throw Unexpected(response, operation);

    private async Task<T> SendAsync<T>(Call call, OrderCaller caller, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var request = new HttpRequestMessage(call.Method, new Uri(options.Value.Root, call.Path));
        request.Headers.Add(CommerceBackendHeaders.Customer, CommerceBackendHeaders.Encode(caller.CustomerId));
        request.Headers.Add(CommerceBackendHeaders.Conversation, CommerceBackendHeaders.Encode(caller.ConversationId));
        foreach (var media in call.Accept ?? [Json])
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(media));
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ProblemJson, 0.5));
        if (call.CreatesCase)
        {
            // The same key on the retry: a shop that already created the case answers with it instead of a second one.
            request.Headers.Add(CommerceBackendHeaders.IdempotencyKey, Guid.NewGuid().ToString("N"));
        }

        if (call.Body is not null)
        {
            request.Content = JsonContent.Create(call.Body, call.Body.GetType(), options: CommerceBackendJson.Options);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                LogCredentialsRejected(logger, (int)response.StatusCode, call.Operation);
                throw new OrderServiceUnavailableException(
                    $"The commerce backend refused the bot's API key ({(int)response.StatusCode}); check {CommerceBackendOptions.SectionName}:ApiKey.");
            }

            return await read(response, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogTimedOut(logger, call.Operation, options.Value.Timeout);
            throw new OrderServiceUnavailableException("The commerce backend did not answer in time.", ex);
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, call.Operation, ex);
            throw new OrderServiceUnavailableException("The commerce backend could not be reached.", ex);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            LogMalformed(logger, call.Operation, ex);
            throw new OrderServiceUnavailableException("The commerce backend answered with a body that is not the documented one.", ex);
        }
    }

    private OrderServiceUnavailableException Unexpected(HttpResponseMessage response, string operation)
    {
        LogUnexpectedStatus(logger, (int)response.StatusCode, operation);
        return new OrderServiceUnavailableException($"The commerce backend answered {(int)response.StatusCode} to {operation}.");
    }

    private OrderServiceUnavailableException UnknownProblem(HttpResponseMessage response, ProblemDto problem, string operation)
    {
        LogUnknownProblem(logger, (int)response.StatusCode, problem.Code, operation);
        return new OrderServiceUnavailableException(
            $"The commerce backend answered {(int)response.StatusCode} with problem code '{problem.Code}', which the contract does not define for {operation}.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The commerce backend refused the bot's API key with {Status} on {Operation}: check Orders:Http:ApiKey")]
    private static partial void LogCredentialsRejected(ILogger logger, int status, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The commerce backend did not answer {Operation} within {Timeout}")]
    private static partial void LogTimedOut(ILogger logger, string operation, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The commerce backend could not be reached for {Operation}")]
    private static partial void LogUnreachable(ILogger logger, string operation, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The commerce backend answered {Operation} with a body that is not the documented one")]
    private static partial void LogMalformed(ILogger logger, string operation, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The commerce backend answered {Status} to {Operation}, which the contract does not define")]
    private static partial void LogUnexpectedStatus(ILogger logger, int status, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The commerce backend answered {Status} with problem code {ProblemCode} to {Operation}, which the contract does not define")]
    private static partial void LogUnknownProblem(ILogger logger, int status, string? problemCode, string operation);

    /// <summary>One request of the contract.</summary>
    private sealed record Call(string Operation, HttpMethod Method, string Path, object? Body = null, bool CreatesCase = false, string[]? Accept = null);
}
