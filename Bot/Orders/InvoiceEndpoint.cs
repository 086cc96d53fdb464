using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders;

/// <summary><c>GET /invoices/{token}</c>: the invoice PDF behind a signed, short-lived link (<see cref="SignedInvoiceLinks"/>).
/// A bad or expired token, or an order without invoice, is a 404 problem; the download is recorded like any self-service
/// action (the order service is the recorded one).</summary>
public static class InvoiceEndpoint
{
    /// <summary>Route.</summary>
    public const string Route = "/invoices/{token}";

    /// <summary>The relative path for <paramref name="token"/>.</summary>
    public static string PathFor(string token) => "invoices/" + Uri.EscapeDataString(token);

    /// <summary>Serves the PDF.</summary>
    public static async Task<IResult> HandleAsync(HttpContext http, string token, SignedInvoiceLinks links, IOrderService orders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(orders);
        http.Response.Headers.CacheControl = "no-store";
        if (!links.TryRead(token, out var orderNumber, out var caller))
        {
            return NotFound("This invoice link is not valid or has expired. Ask the bot for the invoice again.");
        }

        InvoiceCopy? invoice;
        try
        {
            invoice = await orders.GetInvoiceAsync(orderNumber, caller, cancellationToken);
        }
        catch (OrderServiceUnavailableException)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The order system is not answering. Try again in a few minutes.");
        }

        return invoice is { Pdf.Length: > 0 }
            ? Results.File(invoice.Pdf.ToArray(), "application/pdf", invoice.FileName)
            : NotFound("This order has no invoice to download.");
    }

    private static IResult NotFound(string title) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title);
}
