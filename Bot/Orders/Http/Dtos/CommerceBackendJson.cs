using System.Text.Encodings.Web;
using System.Text.Json;

namespace SupportBot.Bot.Orders.Http.Dtos;

/// <summary>How the contract's JSON is read and written: camelCase, required members and nullability enforced, Spanish text
/// sent as UTF-8 rather than escapes.</summary>
internal static class CommerceBackendJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // Amounts are JSON numbers; a quoted "12.50" is a contract violation, not something to guess at.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    /// <summary>An ISO 4217 code (three letters), upper-cased.</summary>
    public static string Currency(string code) => code.Length == 3 && code.All(char.IsAsciiLetter)
        ? code.ToUpperInvariant()
        : throw new JsonException("currency is not an ISO 4217 code.");

    /// <summary>An absolute http(s) link, or null when none was given.</summary>
    public static Uri? WebLink(Uri? link, string member) => link is null || (link.IsAbsoluteUri && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp))
        ? link
        : throw new JsonException($"{member} is not an absolute http(s) URL.");
}
