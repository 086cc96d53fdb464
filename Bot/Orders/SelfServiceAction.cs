namespace SupportBot.Bot.Orders;

/// <summary>One recorded self-service action: who (customer and conversation), what (action, order, outcome and the
/// number it produced) and when. Never holds the proof a customer typed.</summary>
/// <param name="At">When.</param>
/// <param name="CustomerId">Channel-scoped customer id of the caller.</param>
/// <param name="ConversationId">The conversation it came from.</param>
/// <param name="Action">What was asked.</param>
/// <param name="OrderNumber">The order number as given (trimmed, capped).</param>
/// <param name="Outcome">How it ended: <c>Verified</c>/<c>Failed</c>, <c>Found</c>/<c>NotFound</c>, a
/// <c>ReturnStatus</c> or <c>WarrantyStatus</c> name, <c>Sent</c>/<c>NotInvoiced</c>, or <c>Unavailable</c>.</param>
/// <param name="Reference">The RMA, warranty case or invoice number involved, if any.</param>
public sealed record SelfServiceAction(
    DateTimeOffset At,
    string CustomerId,
    string ConversationId,
    SelfServiceActionKind Action,
    string OrderNumber,
    string Outcome,
    string? Reference = null)
{
    /// <summary>Outcome of a failed identity check (unknown order or wrong proof: never told apart).</summary>
    public const string Failed = "Failed";

    /// <summary>Outcome when the order system could not answer.</summary>
    public const string Unavailable = "Unavailable";
}
