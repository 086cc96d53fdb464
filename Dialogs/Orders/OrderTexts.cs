using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Orders;

/// <summary>Every customer-facing sentence of order self-service, one subclass per language (Spanish with "tú").</summary>
public abstract class OrderTexts
{
    /// <summary>The Spanish texts.</summary>
    public static OrderTexts Spanish { get; } = new SpanishOrderTexts();

    /// <summary>The English texts.</summary>
    public static OrderTexts English { get; } = new EnglishOrderTexts();

    /// <summary>The texts for <paramref name="language"/>.</summary>
    public static OrderTexts For(Language language) => language == Language.English ? English : Spanish;

    /// <summary>One sentence in both languages, for text that must outlive the turn (a waiting prompt).</summary>
    public static LocalizedText Localize(Func<OrderTexts, string> pick)
    {
        ArgumentNullException.ThrowIfNull(pick);
        return new LocalizedText(pick(Spanish), pick(English));
    }

    /// <summary>A date, as the customer reads it.</summary>
    public abstract string FormatDay(DateOnly day);

    // Identity
    /// <summary>Asks for the order number.</summary>
    public abstract string AskOrderNumber { get; }

    /// <summary>The answer was not an order number.</summary>
    public abstract string OrderNumberRetry { get; }

    /// <summary>Asks for the email or postal code on the order.</summary>
    public abstract string AskProof(string orderNumber);

    /// <summary>The answer held neither an email nor a postal code.</summary>
    public abstract string ProofRetry { get; }

    /// <summary>Unknown order or wrong proof: one sentence for both, so nobody learns which.</summary>
    public abstract string NoMatch { get; }

    /// <summary>Asks the proof again after <see cref="NoMatch"/>, keeping the number; another number may be typed instead.</summary>
    public abstract string AskProofAgain(string orderNumber);

    /// <summary>The customer does not have the order number: where to find it; a person is offered next.</summary>
    public abstract string WhereToFindOrderNumber { get; }

    /// <summary>Orders are not looked up in a chat of several people: write to the bot in a personal chat.</summary>
    public abstract string SharedChat { get; }

    /// <summary>The order is locked in this conversation for <paramref name="remaining"/>.</summary>
    public abstract string Locked(string orderNumber, TimeSpan remaining);

    /// <summary>The order system does not answer.</summary>
    public abstract string Unavailable { get; }

    // Status
    /// <summary>Where the order stands, with its carrier and dates.</summary>
    public abstract string Status(OrderDetails order);

    /// <summary>The order is late: it should have arrived on <paramref name="expected"/>; an apology and the next step
    /// (tracking, the shop chases the carrier, a person is offered next).</summary>
    public abstract string Late(DateOnly expected, string carrier);

    /// <summary>Title of the tracking card.</summary>
    public abstract string TrackingTitle(string carrier);

    /// <summary>Tracking button.</summary>
    public abstract string TrackButton { get; }

    // Return
    /// <summary>The order has not been delivered yet.</summary>
    public abstract string ReturnNotDelivered(string orderNumber);

    /// <summary>The order was cancelled.</summary>
    public abstract string ReturnCancelled(string orderNumber);

    /// <summary>The order was already returned and refunded.</summary>
    public abstract string ReturnAlreadyReturned(string orderNumber);

    /// <summary>Which products to return.</summary>
    public abstract string AskReturnProducts { get; }

    /// <summary>Option: every product of the order.</summary>
    public abstract string WholeOrder { get; }

    /// <summary>Why return it.</summary>
    public abstract string AskReturnReason { get; }

    /// <summary>Asks for the reason in the customer's words.</summary>
    public abstract string AskReturnReasonDetail { get; }

    /// <summary>The reason was not understood.</summary>
    public abstract string ReasonRetry { get; }

    /// <summary>Reason: damaged or not working.</summary>
    public abstract string ReasonDamaged { get; }

    /// <summary>Reason: not what was ordered.</summary>
    public abstract string ReasonWrongItem { get; }

    /// <summary>Reason: size or fit.</summary>
    public abstract string ReasonSize { get; }

    /// <summary>Reason: not as expected.</summary>
    public abstract string ReasonNotAsExpected { get; }

    /// <summary>Reason: changed their mind.</summary>
    public abstract string ReasonChangedMind { get; }

    /// <summary>Reason: something else.</summary>
    public abstract string ReasonOther { get; }

    /// <summary>Refund or exchange.</summary>
    public abstract string AskRefundOrExchange { get; }

    /// <summary>Option: refund.</summary>
    public abstract string RefundChoice { get; }

    /// <summary>Option: exchange.</summary>
    public abstract string ExchangeChoice { get; }

    /// <summary>The return is authorised: number, deadline, how to send it, and what comes back.</summary>
    public abstract string ReturnCreated(string rmaNumber, DateOnly? returnBy, bool hasLabel, bool customerPaysShipping, bool exchange);

    /// <summary>Return label button.</summary>
    public abstract string LabelButton { get; }

    /// <summary>The return window has passed.</summary>
    public abstract string ReturnOutsideWindow(string orderNumber, DateOnly? windowEnded);

    /// <summary>A return for these products is already open or done, with its number when known.</summary>
    public abstract string ReturnAlreadyRequested(string orderNumber, string? rmaNumber);

    /// <summary>The products cannot be returned.</summary>
    public abstract string ReturnNotReturnable { get; }

    // Warranty
    /// <summary>Which product fails.</summary>
    public abstract string AskWarrantyProduct { get; }

    /// <summary>What is wrong with it.</summary>
    public abstract string AskSymptoms(string product);

    /// <summary>The order has not been delivered yet.</summary>
    public abstract string WarrantyNotDelivered(string orderNumber);

    /// <summary>The case is open.</summary>
    public abstract string WarrantyCreated(string caseNumber, string product);

    /// <summary>The warranty has ended; the alternatives (paid repair, a person) follow.</summary>
    public abstract string WarrantyExpired(string product, DateOnly? endedOn);

    /// <summary>A claim for the product is already open, with its case number when known.</summary>
    public abstract string WarrantyAlreadyOpen(string product, string? caseNumber);

    /// <summary>The product is not in the order.</summary>
    public abstract string WarrantyUnknownProduct { get; }

    // Invoice
    /// <summary>The invoice comes attached.</summary>
    public abstract string InvoiceAttached(string invoiceNumber, string orderNumber);

    /// <summary>The invoice is at a link.</summary>
    public abstract string InvoiceLink(string invoiceNumber, string orderNumber, Uri downloadUrl);

    /// <summary>Download button.</summary>
    public abstract string DownloadButton { get; }

    /// <summary>The order has no invoice yet.</summary>
    public abstract string InvoiceNotYet(string orderNumber);

    /// <summary>The invoice exists but cannot be sent through this chat.</summary>
    public abstract string InvoiceCannotSend(string invoiceNumber);

    /// <summary>The invoice as a download button only (Microsoft Teams does not show a PDF inside a message).</summary>
    public abstract string InvoiceDownload(string invoiceNumber, string orderNumber);

    /// <summary>In Microsoft Teams, when no download link can be made: where else to get it (then a person is offered).</summary>
    public abstract string InvoiceNotInTeams(string invoiceNumber);

    /// <summary>Whole minutes, rounded up, at least one.</summary>
    protected static int Minutes(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalMinutes));
}
