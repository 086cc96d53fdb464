namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>Body of <c>POST orders/{number}/returns</c>.</summary>
/// <param name="Skus">Products to return; empty for the whole order.</param>
/// <param name="Reason">The customer's reason.</param>
/// <param name="Resolution"><c>refund</c> or <c>exchange</c>.</param>
internal sealed record ReturnRequestDto(IReadOnlyList<string> Skus, string Reason, string Resolution);
