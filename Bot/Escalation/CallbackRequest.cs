namespace SupportBot.Bot.Escalation;

/// <summary>A customer's request to be called back, given with consent.</summary>
/// <param name="Contact">Phone number or e-mail address, as given.</param>
/// <param name="IsEmail">Whether <paramref name="Contact"/> is an e-mail address.</param>
/// <param name="ConsentedAt">When the customer agreed to be contacted.</param>
public sealed record CallbackRequest(string Contact, bool IsEmail, DateTimeOffset ConsentedAt);
