namespace SupportBot.Dialogs.Abstractions;

/// <summary>A warranty claim for one product of a verified order.</summary>
/// <param name="OrderNumber">The order.</param>
/// <param name="Sku">The faulty product.</param>
/// <param name="Symptoms">What is wrong, in the customer's words (redacted of personal data by the caller).</param>
public sealed record WarrantyClaimRequest(string OrderNumber, string Sku, string Symptoms);
