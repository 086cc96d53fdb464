using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Orders;

/// <summary>Builds the activities that carry order data: plain text (a product name is never read as markup) and, for a
/// link, a card with one button that opens it. Only http and https links are ever offered.</summary>
public static class OrderMessages
{
    /// <summary>MIME type of an invoice.</summary>
    public const string PdfContentType = "application/pdf";

    /// <summary>Plain text.</summary>
    public static IMessageActivity Text(string text)
    {
        var activity = MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Plain;
        return activity;
    }

    /// <summary>Plain text with a card whose button opens <paramref name="url"/> (no card when the link is not http(s)).</summary>
    public static IMessageActivity WithLink(string text, string? cardTitle, string buttonTitle, Uri? url)
    {
        var activity = Text(text);
        if (IsWebLink(url))
        {
            activity.Attachments = [LinkCard(cardTitle, buttonTitle, url!)];
        }

        return activity;
    }

    /// <summary>A card with one button that opens <paramref name="url"/> (check it with <see cref="IsWebLink"/> first).</summary>
    public static Attachment LinkCard(string? title, string buttonTitle, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new HeroCard
        {
            Title = title,
            Buttons = [new CardAction(ActionTypes.OpenUrl, buttonTitle, value: url.AbsoluteUri)],
        }.ToAttachment();
    }

    /// <summary>Plain text with a PDF attached inline (a <c>data:</c> URI named <paramref name="fileName"/>).</summary>
    public static IMessageActivity WithPdf(string text, string fileName, ReadOnlyMemory<byte> pdf)
    {
        var activity = Text(text);
        activity.Attachments =
        [
            new Attachment
            {
                ContentType = PdfContentType,
                Name = fileName,
                ContentUrl = $"data:{PdfContentType};base64,{Convert.ToBase64String(pdf.Span)}",
            },
        ];
        return activity;
    }

    /// <summary>True for an absolute http or https link.</summary>
    public static bool IsWebLink(Uri? url)
        => url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
