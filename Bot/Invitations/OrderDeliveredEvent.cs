using System.Globalization;
using System.Text.Json;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Invitations;

/// <summary>The shop's order-delivered webhook body: <c>{"orderId", "customerId", "deliveredAt", "language"?, "timeZone"?}</c>.</summary>
/// <param name="OrderId">The order (1–64 letters, digits, <c>-_.</c>).</param>
/// <param name="CustomerId">The customer: the shop's id the bot knows from a signed chat link, or a channel-scoped id (1–128 characters).</param>
/// <param name="DeliveredAt">When it was delivered (ISO 8601 with offset).</param>
/// <param name="Language">Language of the invitation (<c>es</c>, <c>en</c>, a locale); null: the customer's last.</param>
/// <param name="TimeZone">The customer's IANA time zone; null: the channel's, else the default.</param>
public sealed record OrderDeliveredEvent(string OrderId, string CustomerId, DateTimeOffset DeliveredAt, Language? Language, string? TimeZone)
{
    /// <summary>Reads the body; the error says what is wrong in words the shop can act on.</summary>
    public static (OrderDeliveredEvent? Event, string? Error) Read(ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object.");
            }

            var root = document.RootElement;
            var orderId = Text(root, "orderId");
            if (orderId is null || orderId.Length > 64 || !orderId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return (null, "orderId is required: 1–64 letters, digits, '-', '_' or '.'.");
            }

            var customerId = Text(root, "customerId");
            if (customerId is null || customerId.Length > 128 || customerId.Any(char.IsControl))
            {
                return (null, "customerId is required: 1–128 characters.");
            }

            if (Text(root, "deliveredAt") is not { } delivered
                || !DateTimeOffset.TryParse(delivered, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var deliveredAt))
            {
                return (null, "deliveredAt is required: an ISO 8601 date and time, e.g. 2026-12-01T10:30:00Z.");
            }

            Language? language = null;
            if (Text(root, "language") is { } locale && (language = LanguageDetector.FromLocale(locale)) is null)
            {
                return (null, "language must be 'es' or 'en' (or a locale of either).");
            }

            var timeZone = Text(root, "timeZone");
            if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            {
                return (null, "timeZone must be an IANA time zone, e.g. Europe/Madrid.");
            }

            return (new OrderDeliveredEvent(orderId, customerId, deliveredAt, language, timeZone), null);
        }
    }

    private static string? Text(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
