namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>Body of <c>POST orders/{number}/warranty-claims</c>.</summary>
internal sealed record WarrantyClaimRequestDto(string Sku, string Symptoms);
