using System.Text;

namespace SupportBot.Bot.Orders.Http;

/// <summary>The headers of the commerce backend contract beyond <c>Authorization</c>.</summary>
public static class CommerceBackendHeaders
{
    /// <summary>Who asks: the channel-scoped customer id of the conversation (for the shop's audit trail).</summary>
    public const string Customer = "X-SupportBot-Customer";

    /// <summary>The conversation the request comes from (for the shop's audit trail).</summary>
    public const string Conversation = "X-SupportBot-Conversation";

    /// <summary>One key per return or warranty claim, the same on its retry: the shop answers a repeated key with the
    /// first answer instead of creating a second case.</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>The invoice number, on a PDF answer of the invoice endpoint.</summary>
    public const string InvoiceNumber = "X-Invoice-Number";

    /// <summary>A header value for any text: printable ASCII other than <c>%</c> and <c>+</c> as is, everything else as UTF-8
    /// percent-encoding (so <c>webchat:ana</c> travels unchanged and the shop decodes with any URL decoder).</summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.All(c => c is >= ' ' and <= '~' and not '%' and not '+'))
        {
            return value;
        }

        var encoded = new StringBuilder(value.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is >= ' ' and <= '~' and not '%' and not '+')
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
