namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>Body of <c>POST orders/{number}/verify</c>: the email or postal code the customer gave.</summary>
internal sealed record VerifyRequestDto(string Proof);
