using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SupportBot.Bot.Invitations;

/// <summary>The shop's signature on a webhook: <c>X-SupportBot-Signature: sha256=&lt;hex HMAC-SHA256 of
/// "&lt;timestamp&gt;.&lt;raw body&gt;"&gt;</c> with the shared secret, and <c>X-SupportBot-Timestamp: &lt;Unix seconds&gt;</c>
/// within the tolerance of the bot's clock (a captured request cannot be replayed later). Compared in constant time.</summary>
public static class WebhookSignature
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-SupportBot-Signature";

    /// <summary>The timestamp header.</summary>
    public const string TimestampHeader = "X-SupportBot-Timestamp";

    private const string Scheme = "sha256=";

    /// <summary>The header value for <paramref name="body"/> signed at <paramref name="timestamp"/> (what the shop computes).</summary>
    public static string Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Scheme + Convert.ToHexStringLower(Mac(secret, timestamp.ToString(CultureInfo.InvariantCulture), body));
    }

    /// <summary>Null when the headers sign <paramref name="body"/> with <paramref name="secret"/> within
    /// <paramref name="tolerance"/> of <paramref name="now"/>; otherwise why not (never which part of the signature).</summary>
    public static string? Check(string secret, string? signature, string? timestamp, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return $"The {SignatureHeader} and {TimestampHeader} headers are required.";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return $"{TimestampHeader} must be the current Unix time in seconds.";
        }

        var expected = Mac(secret, timestamp, body);
        var given = signature.StartsWith(Scheme, StringComparison.Ordinal) ? signature[Scheme.Length..] : string.Empty;
        byte[] givenBytes;
        try
        {
            givenBytes = Convert.FromHexString(given);
        }
        catch (FormatException)
        {
            givenBytes = [];
        }

        return CryptographicOperations.FixedTimeEquals(expected, givenBytes) ? null : "The signature does not match.";
    }

    private static byte[] Mac(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), content);
    }
}
