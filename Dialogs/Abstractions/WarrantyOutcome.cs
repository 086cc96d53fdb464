namespace SupportBot.Dialogs.Abstractions;

/// <summary>What became of a warranty claim.</summary>
/// <param name="Status">Created, or why not.</param>
/// <param name="CaseNumber">Technical service case number, when created.</param>
/// <param name="WarrantyEndsOn">Last day of the product's warranty, when known.</param>
public sealed record WarrantyOutcome(WarrantyStatus Status, string? CaseNumber = null, DateOnly? WarrantyEndsOn = null);
