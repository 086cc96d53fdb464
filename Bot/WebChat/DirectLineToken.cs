using System.Text.Json.Serialization;

namespace SupportBot.Bot.WebChat;

/// <summary>A Direct Line conversation token, as Azure issues it and as the page receives it.</summary>
/// <param name="ConversationId">The conversation the token opens.</param>
/// <param name="Token">The token.</param>
/// <param name="ExpiresIn">Seconds until it expires.</param>
public sealed record DirectLineToken(
    [property: JsonPropertyName("conversationId")] string? ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
