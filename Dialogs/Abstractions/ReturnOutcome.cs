namespace SupportBot.Dialogs.Abstractions;

/// <summary>What became of a return request.</summary>
/// <param name="Status">Created, or why not.</param>
/// <param name="RmaNumber">Return authorisation number, when created.</param>
/// <param name="ReturnBy">Last day to hand the parcel to the carrier, when created; the window's end when outside it.</param>
/// <param name="LabelUrl">Prepaid return label, when the shop pays the return shipping.</param>
/// <param name="CustomerPaysShipping">True when the return shipping is at the customer's expense.</param>
public sealed record ReturnOutcome(
    ReturnStatus Status,
    string? RmaNumber = null,
    DateOnly? ReturnBy = null,
    Uri? LabelUrl = null,
    bool CustomerPaysShipping = false);
