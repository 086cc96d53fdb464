using System.Globalization;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Dialogs.Orders;

/// <summary>Order self-service in English.</summary>
internal sealed class EnglishOrderTexts : OrderTexts
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public override string FormatDay(DateOnly day) => day.ToString("d MMMM yyyy", Culture);

    public override string AskOrderNumber => "What's your order number? You'll find it in your order confirmation email.";

    public override string OrderNumberRetry => "That doesn't look like an order number: they have 4 to 12 digits, for example 400101.";

    public override string AskProof(string orderNumber) =>
        $"To keep your data safe, please tell me the email address or the delivery postcode on order {orderNumber}.";

    public override string ProofRetry => "I need the email address or the postcode on the order.";

    public override string NoMatch =>
        "I can't find an order with those details. Please check the order number and the email or postcode.";

    public override string AskProofAgain(string orderNumber) =>
        $"Please tell me the email address or the delivery postcode on order {orderNumber} again. If that wasn't the right number, just type the correct one.";

    public override string WhereToFindOrderNumber =>
        "Your order number is in the order confirmation email (search your inbox, and the spam folder too) and in your account, under \"My orders\". " +
        "For your security I can't look orders up by email here; if you can't find it, a person from our team can help.";

    public override string SharedChat =>
        "To protect your privacy I don't look up orders in a group chat. Please message me in a personal chat and we'll sort it out there.";

    public override string Locked(string orderNumber, TimeSpan remaining) =>
        $"Sorry: for security I can't look up order {orderNumber} in this conversation for about {Minutes(remaining)} minutes, " +
        "because the details didn't match several times.";

    public override string Unavailable => "Sorry, I can't look up orders right now: our order system isn't responding. Please try again a little later.";

    public override string Status(OrderDetails order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var n = order.OrderNumber;
        var shipment = order.Shipment;
        var where = order.Status switch
        {
            OrderStatus.Received => $"Your order {n} of {FormatDay(order.PlacedOn)} has been received and is waiting to be prepared.",
            OrderStatus.Processing => $"Your order {n} of {FormatDay(order.PlacedOn)} is being prepared in our warehouse.",
            OrderStatus.Shipped when shipment is not null =>
                $"Your order {n} is on its way: it left on {FormatDay(shipment.ShippedOn)} with {shipment.Carrier} (tracking number {shipment.TrackingNumber})."
                + (shipment.EstimatedDelivery is { } eta ? $" Expected delivery: {FormatDay(eta)}." : string.Empty),
            OrderStatus.Shipped => $"Your order {n} has left our warehouse.",
            OrderStatus.Delivered when shipment?.DeliveredOn is { } delivered =>
                $"Your order {n} was delivered on {FormatDay(delivered)} ({shipment.Carrier}, tracking number {shipment.TrackingNumber}).",
            OrderStatus.Delivered => $"Your order {n} has been delivered.",
            OrderStatus.Cancelled => $"Your order {n} of {FormatDay(order.PlacedOn)} is cancelled.",
            _ => $"Your order {n} was returned and refunded.",
        };
        return $"{where} It contains: {string.Join(", ", order.Lines.Select(l => $"{l.Quantity} × {l.Product}"))}.";
    }

    public override string Late(DateOnly expected, string carrier) =>
        $"I'm sorry: your order is late. It was due on {FormatDay(expected)} and hasn't been delivered yet. " +
        $"{carrier}'s tracking may show a notice. If you like, a person from our team can chase the carrier and look into it with you now.";

    public override string TrackingTitle(string carrier) => $"{carrier} tracking";

    public override string TrackButton => "Track my parcel";

    public override string ReturnNotDelivered(string orderNumber) =>
        $"Your order {orderNumber} hasn't been delivered yet, so it can't be returned yet. Once it arrives, you can start a return right here.";

    public override string ReturnCancelled(string orderNumber) => $"Your order {orderNumber} is cancelled: there's nothing to return.";

    public override string ReturnAlreadyReturned(string orderNumber) => $"Your order {orderNumber} has already been returned and refunded.";

    public override string AskReturnProducts => "What would you like to return?";

    public override string WholeOrder => "The whole order";

    public override string AskReturnReason => "Why would you like to return it? Pick a reason or tell me in your own words.";

    public override string AskReturnReasonDetail => "Please tell me the reason briefly.";

    public override string ReasonRetry => "Sorry, I didn't get that.";

    public override string ReasonDamaged => "It arrived damaged or doesn't work";

    public override string ReasonWrongItem => "It's not what I ordered";

    public override string ReasonSize => "Wrong size or fit";

    public override string ReasonNotAsExpected => "It's not what I expected";

    public override string ReasonChangedMind => "I changed my mind";

    public override string ReasonOther => "Another reason";

    public override string AskRefundOrExchange => "Would you like your money back or an exchange?";

    public override string RefundChoice => "My money back";

    public override string ExchangeChoice => "An exchange";

    public override string ReturnCreated(string rmaNumber, DateOnly? returnBy, bool hasLabel, bool customerPaysShipping, bool exchange)
    {
        var deadline = returnBy is { } date ? $" Please hand the parcel to the carrier by {FormatDay(date)}." : string.Empty;
        var how = hasLabel
            ? " Download the return label, print it and stick it on the parcel: return shipping is free."
            : customerPaysShipping
                ? " Return shipping is at your expense: use any carrier you like and keep the receipt."
                : " We'll email you the return label.";
        return $"Done: your return number is {rmaNumber}.{deadline}{how} Once we've received and checked it, {(exchange ? "we'll send you the replacement" : "we'll refund you")}.";
    }

    public override string LabelButton => "Download the label";

    public override string ReturnOutsideWindow(string orderNumber, DateOnly? windowEnded) =>
        (windowEnded is { } date
            ? $"The return period for order {orderNumber} ended on {FormatDay(date)}, so it can no longer be returned."
            : $"The return period for order {orderNumber} has ended.")
        + " If the product is faulty, it may still be under warranty: type \"warranty\" and we'll look into it.";

    public override string ReturnAlreadyRequested(string orderNumber, string? rmaNumber) =>
        (rmaNumber is null
            ? $"There's already a return open or done for that product of order {orderNumber}."
            : $"You've already requested a return for that product of order {orderNumber}: its number is {rmaNumber}.")
        + " If you have questions about it, a person from our team can help.";

    public override string ReturnNotReturnable =>
        "That product can't be returned (for example, personalised items or unsealed hygiene products). If it's faulty, type \"warranty\".";

    public override string AskWarrantyProduct => "Which product has the problem?";

    public override string AskSymptoms(string product) =>
        $"Tell me what's wrong with the {product}: what fails, since when, and whether it has been dropped or got wet.";

    public override string WarrantyNotDelivered(string orderNumber) =>
        $"Your order {orderNumber} hasn't been delivered yet. If anything's wrong once it arrives, you can make a warranty claim right here.";

    public override string WarrantyCreated(string caseNumber, string product) =>
        $"I've opened case {caseNumber} for the {product}. Our technical service will email you the next steps (collection or repair).";

    public override string WarrantyExpired(string product, DateOnly? endedOn) =>
        (endedOn is { } date ? $"The warranty on the {product} ended on {FormatDay(date)}" : $"The warranty on the {product} has ended")
        + ", so I can't open a warranty claim. Our technical service can quote you for a paid repair, or a person from our team can look at other options with you.";

    public override string WarrantyAlreadyOpen(string product, string? caseNumber) =>
        (caseNumber is null
            ? $"There's already a warranty case open for the {product}"
            : $"There's already a warranty case open for the {product}: {caseNumber}")
        + "; our technical service will keep you posted by email.";

    public override string WarrantyUnknownProduct => "That product isn't in the order.";

    public override string InvoiceAttached(string invoiceNumber, string orderNumber) =>
        $"Here's invoice {invoiceNumber} for your order {orderNumber}, as a PDF.";

    public override string InvoiceLink(string invoiceNumber, string orderNumber, Uri downloadUrl) =>
        $"You can download invoice {invoiceNumber} for your order {orderNumber} here: {downloadUrl}";

    public override string DownloadButton => "Download the invoice";

    public override string InvoiceNotYet(string orderNumber) =>
        $"Your order {orderNumber} hasn't been invoiced yet. Once it has, you can ask me for the invoice here.";

    public override string InvoiceCannotSend(string invoiceNumber) =>
        $"Invoice {invoiceNumber} exists, but I can't send it through this chat.";

    public override string InvoiceDownload(string invoiceNumber, string orderNumber) =>
        $"Here's invoice {invoiceNumber} for your order {orderNumber}: use the button to download the PDF (the link expires shortly).";

    public override string InvoiceNotInTeams(string invoiceNumber) =>
        $"Sorry, I can't attach the PDF of invoice {invoiceNumber} in Teams. You can ask me for it in our web chat, or a person from the team can email it to you.";
}
