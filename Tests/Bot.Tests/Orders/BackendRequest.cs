using System.Text.Json.Nodes;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>A request as the commerce backend server received it.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="RawTarget">The request target exactly as sent (path and query, still encoded).</param>
/// <param name="Path">The path below the API root, decoded (e.g. <c>orders/SB-1001/verify</c>).</param>
/// <param name="Authorization">The Authorization header.</param>
/// <param name="Customer">X-SupportBot-Customer, decoded.</param>
/// <param name="Conversation">X-SupportBot-Conversation, decoded.</param>
/// <param name="IdempotencyKey">Idempotency-Key, if sent.</param>
/// <param name="Accept">The Accept header.</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="Body">The raw body.</param>
public sealed record BackendRequest(
    string Method,
    string RawTarget,
    string Path,
    string? Authorization,
    string? Customer,
    string? Conversation,
    string? IdempotencyKey,
    string? Accept,
    string? ContentType,
    string Body)
{
    /// <summary>The body as JSON (throws when it is not).</summary>
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");
}
