namespace SupportBot.Dialogs.Abstractions;

/// <summary>A customer's request to return (or exchange) products of a verified order.</summary>
/// <param name="OrderNumber">The order.</param>
/// <param name="Skus">Products to return; empty means the whole order.</param>
/// <param name="Reason">Why, in the customer's words (redacted of personal data by the caller).</param>
/// <param name="Exchange">True for an exchange rather than a refund.</param>
public sealed record ReturnRequest(string OrderNumber, IReadOnlyList<string> Skus, string Reason, bool Exchange);
