using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Orders;

/// <summary>An invoice copy: after the identity check, the PDF as an attachment (named as the shop names the file) and,
/// when the shop serves it, a download button; a PDF too large for a chat message goes by link only. Microsoft Teams does
/// not show a PDF inside a bot's message, so there the customer gets a download button only: the shop's link, or a
/// short-lived one the bot serves (<see cref="IInvoiceLinks"/>).</summary>
public sealed class InvoiceDialog(IOrderService orders, IInvoiceLinks links) : OrderActionDialog
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "orders.invoice";

    /// <summary>Largest PDF sent inside a message; channels refuse activities much over 256 KB, and base64 adds a third.</summary>
    public const int MaxInlinePdfBytes = 150 * 1024;

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<OrderActionState>> Steps => [IdentifyAsync, SendInvoiceAsync];

    private async Task<DialogTurnResult> SendInvoiceAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!TryGetVerified(step, out var order))
        {
            return await EndUnverifiedAsync(step, cancellationToken);
        }

        return await WithOrderSystemAsync(
            step,
            () => orders.GetInvoiceAsync(order.OrderNumber, CallerOf(step), cancellationToken),
            invoice => string.Equals(step.Context.Activity.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.Ordinal)
                ? ReplyInTeamsAsync(step, order.OrderNumber, invoice, cancellationToken)
                : ReplyAsync(step, order.OrderNumber, invoice, cancellationToken),
            cancellationToken);
    }

    private static async Task<DialogTurnResult> ReplyAsync(
        WaterfallStepContext<OrderActionState> step, string number, InvoiceCopy? invoice, CancellationToken cancellationToken)
    {
        var texts = OrderTexts.For(step.Language);
        if (invoice is null)
        {
            return await EndWithAsync(step, texts.InvoiceNotYet(number), cancellationToken);
        }

        var link = OrderMessages.IsWebLink(invoice.DownloadUrl) ? invoice.DownloadUrl : null;
        if (invoice.Pdf.Length is > 0 and <= MaxInlinePdfBytes)
        {
            var message = OrderMessages.WithPdf(texts.InvoiceAttached(invoice.InvoiceNumber, number), invoice.FileName, invoice.Pdf);
            if (link is not null)
            {
                message.Attachments.Add(OrderMessages.LinkCard(invoice.FileName, texts.DownloadButton, link));
            }

            await SendAsync(step, message, cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        if (link is not null)
        {
            await SendAsync(step, OrderMessages.WithLink(texts.InvoiceLink(invoice.InvoiceNumber, number, link), invoice.FileName, texts.DownloadButton, link), cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        await SendAsync(step, OrderMessages.Text(texts.InvoiceCannotSend(invoice.InvoiceNumber)), cancellationToken);
        return await OfferPersonAsync(step, cancellationToken);
    }

    private async Task<DialogTurnResult> ReplyInTeamsAsync(
        WaterfallStepContext<OrderActionState> step, string number, InvoiceCopy? invoice, CancellationToken cancellationToken)
    {
        var texts = OrderTexts.For(step.Language);
        if (invoice is null)
        {
            return await EndWithAsync(step, texts.InvoiceNotYet(number), cancellationToken);
        }

        var link = OrderMessages.IsWebLink(invoice.DownloadUrl) ? invoice.DownloadUrl : null;
        if (link is null && invoice.Pdf.Length > 0)
        {
            var served = links.CreateLink(number, CallerOf(step));
            link = OrderMessages.IsWebLink(served) ? served : null;
        }

        if (link is not null)
        {
            await SendAsync(step, OrderMessages.WithLink(texts.InvoiceDownload(invoice.InvoiceNumber, number), invoice.FileName, texts.DownloadButton, link), cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        await SendAsync(step, OrderMessages.Text(texts.InvoiceNotInTeams(invoice.InvoiceNumber)), cancellationToken);
        return await OfferPersonAsync(step, cancellationToken);
    }
}
