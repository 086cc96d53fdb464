namespace SupportBot.Dialogs.Abstractions;

/// <summary>The shop's orders, for after-sale self-service. Implemented in <c>Bot/</c> by an embedded demo store and by a
/// client of a real commerce backend. Every call names who asks (<see cref="OrderCaller"/>) so it can be recorded; identity
/// is checked by the caller before any order data is shown (see <see cref="FindVerifiedAsync"/>).</summary>
public interface IOrderService
{
    /// <summary>The order, when <paramref name="proof"/> (the email or the postal code on the order, compared case- and
    /// space-insensitively) matches it. Null for an unknown order and for a wrong proof alike, so an answer never reveals
    /// whether an order or an email exists.</summary>
    Task<OrderDetails?> FindVerifiedAsync(string orderNumber, string proof, OrderCaller caller, CancellationToken cancellationToken);

    /// <summary>The order when it belongs to <paramref name="customerId"/>, a customer id the channel or the web page has
    /// vouched for (signed); null otherwise.</summary>
    Task<OrderDetails?> FindOwnAsync(string customerId, string orderNumber, OrderCaller caller, CancellationToken cancellationToken);

    /// <summary>Starts a return of a verified order (the shop's policy decides eligibility).</summary>
    Task<ReturnOutcome> StartReturnAsync(ReturnRequest request, OrderCaller caller, CancellationToken cancellationToken);

    /// <summary>Opens a warranty claim for a product of a verified order (within the product's warranty).</summary>
    Task<WarrantyOutcome> OpenWarrantyClaimAsync(WarrantyClaimRequest request, OrderCaller caller, CancellationToken cancellationToken);

    /// <summary>A copy of the order's invoice, or null when the order has none yet.</summary>
    Task<InvoiceCopy?> GetInvoiceAsync(string orderNumber, OrderCaller caller, CancellationToken cancellationToken);
}
