namespace SupportBot.Dialogs.Abstractions;

/// <summary>Short-lived download links to an invoice PDF served by the bot itself, for channels (Microsoft Teams) that do
/// not show a PDF sent inside a message.</summary>
public interface IInvoiceLinks
{
    /// <summary>A link that downloads the invoice of <paramref name="orderNumber"/> for <paramref name="caller"/>, or
    /// <see langword="null"/> when links are not configured (no public address) or cannot be made for this caller.</summary>
    Uri? CreateLink(string orderNumber, OrderCaller caller);
}
