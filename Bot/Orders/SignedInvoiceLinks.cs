using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.ScaleOut;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Orders;

/// <summary>Invoice download links the bot serves (<see cref="InvoiceEndpoint"/>): the token carries the order, the caller
/// and the expiry, signed with HMAC-SHA256 (<c>Orders:InvoiceLinkKey</c>, or a random per-process key).</summary>
public sealed partial class SignedInvoiceLinks : IInvoiceLinks
{
    private const char Separator = '|';
    private readonly byte[] _key;
    private readonly TimeSpan _lifetime;
    private readonly Uri? _baseUrl;
    private readonly TimeProvider _clock;

    /// <summary>Creates the link signer; without a configured key, uses the one shared by all instances through Redis
    /// (<see cref="SharedKeys"/>) or, without Redis, a random one with a warning.</summary>
    public SignedInvoiceLinks(IOptions<OrdersOptions> options, IOptions<DirectLineOptions> directLine, SharedKeys sharedKeys, TimeProvider clock, ILogger<SignedInvoiceLinks> logger)
    {
        ArgumentNullException.ThrowIfNull(sharedKeys);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(directLine);
        ArgumentNullException.ThrowIfNull(clock);
        var configured = options.Value.InvoiceLinkKey?.Trim();
        if (string.IsNullOrEmpty(configured))
        {
            var shared = sharedKeys.GetOrCreate("invoice-link-key", "Orders:InvoiceLinkKey");
            if (shared is null)
            {
                LogRandomKey(logger);
            }

            _key = shared ?? RandomNumberGenerator.GetBytes(32);
        }
        else
        {
            _key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(configured), "SupportBot invoice link key v1"u8);
        }

        _lifetime = options.Value.InvoiceLinkLifetime;
        _baseUrl = options.Value.PublicBaseUrl ?? directLine.Value.PublicBaseUrl;
        _clock = clock;
    }

    /// <inheritdoc />
    public Uri? CreateLink(string orderNumber, OrderCaller caller)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        ArgumentNullException.ThrowIfNull(caller);
        if (_baseUrl is null)
        {
            return null;
        }

        var token = CreateToken(orderNumber, caller);
        return token is null ? null : new Uri(_baseUrl, InvoiceEndpoint.PathFor(token));
    }

    /// <summary>The signed token for <paramref name="orderNumber"/> and <paramref name="caller"/>, valid for the
    /// configured lifetime; <see langword="null"/> when a part cannot be carried (contains the separator).</summary>
    public string? CreateToken(string orderNumber, OrderCaller caller)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        ArgumentNullException.ThrowIfNull(caller);
        string[] parts = [orderNumber, caller.CustomerId, caller.ConversationId];
        if (parts.Any(p => p.Length == 0 || p.Contains(Separator, StringComparison.Ordinal)))
        {
            return null;
        }

        var expiry = _clock.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes(string.Join(Separator, [.. parts, expiry.ToString(CultureInfo.InvariantCulture)]));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>The order and caller a token was made for, when it is well formed, correctly signed and not expired.</summary>
    public bool TryRead(string? token, out string orderNumber, out OrderCaller caller)
    {
        orderNumber = string.Empty;
        caller = new OrderCaller(string.Empty, string.Empty);
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || token.Length > 2048)
        {
            return false;
        }

        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(payload).Split(Separator);
        if (parts.Length != 4
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry)
            || _clock.GetUtcNow().ToUnixTimeSeconds() >= expiry)
        {
            return false;
        }

        orderNumber = parts[0];
        caller = new OrderCaller(parts[1], parts[2]);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Orders:InvoiceLinkKey is not set: invoice download links are signed with a random " +
        "per-process key (they stop working on restart and are not honoured by other instances). Set it in production.")]
    private static partial void LogRandomKey(ILogger logger);
}
