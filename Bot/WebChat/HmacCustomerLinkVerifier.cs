using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.WebChat;

/// <summary>Checks a shop's link signature: lowercase or uppercase hex of HMAC-SHA256, keyed with
/// <c>WebChat:CustomerSigningKey</c>, over <c>customerId + "\n" + orderId</c> (empty order id when the link has none).</summary>
public sealed class HmacCustomerLinkVerifier(IOptions<WebChatOptions> options) : ICustomerLinkVerifier
{
    /// <inheritdoc />
    public bool IsSignedByShop(string customerId, string? orderId, string? signature)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        var key = options.Value.CustomerSigningKey;
        if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(signature) || signature.Length != 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Sign(key, customerId, orderId);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The signature a shop puts on a link (what its own back end computes).</summary>
    public static byte[] Sign(string key, string customerId, string? orderId)
    {
        ArgumentNullException.ThrowIfNull(key);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(customerId + "\n" + (orderId ?? string.Empty)));
    }
}
