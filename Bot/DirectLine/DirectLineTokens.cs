using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.ScaleOut;

namespace SupportBot.Bot.DirectLine;

/// <summary>Issues and checks the channel's tokens and recognises its secret.
/// A token is a compact JWT signed with HMAC-SHA256 (<c>alg</c> must be HS256: no other algorithm, no "none").
/// Its claims: <c>conv</c> (the one conversation it opens), <c>user</c> (Web Chat reads this claim and uses it as the
/// user id, as with Azure's tokens), <c>name</c>, <c>kind</c> (<c>conv</c> or <c>stream</c>), <c>iat</c>, <c>exp</c>.
/// The signing key is derived from the Direct Line secret (configured, or random per process in development), so
/// instances sharing a secret accept each other's tokens and a token never reveals the secret.</summary>
public sealed partial class DirectLineTokens
{
    private const string Issuer = "supportbot-directline";
    private const string SharedKeyName = "directline-secret";
    private static readonly string Header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));

    private readonly byte[] _secret;
    private readonly byte[] _signingKey;
    private readonly TimeProvider _clock;
    private readonly DirectLineOptions _options;

    /// <summary>Creates the token service; without a configured secret, uses the one shared by all instances through Redis
    /// (<see cref="SharedKeys"/>) or, without Redis, a random one, and says so.</summary>
    public DirectLineTokens(IOptions<DirectLineOptions> options, SharedKeys sharedKeys, TimeProvider clock, ILogger<DirectLineTokens> logger)
    {
        ArgumentNullException.ThrowIfNull(sharedKeys);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options.Value;
        _clock = clock;
        var configured = _options.Secret?.Trim();
        if (string.IsNullOrEmpty(configured))
        {
            _secret = sharedKeys.GetOrCreate(SharedKeyName, "DirectLine:Secret") ?? RandomNumberGenerator.GetBytes(32);
            if (sharedKeys.IsAvailable)
            {
                LogSharedSecret(logger);
            }
            else
            {
                LogRandomSecret(logger);
            }

            IsSecretConfigured = false;
        }
        else
        {
            _secret = Encoding.UTF8.GetBytes(configured);
            IsSecretConfigured = true;
        }

        _signingKey = HMACSHA256.HashData(_secret, "SupportBot Direct Line token signing key v1"u8);
    }

    /// <summary>Whether a secret is configured (otherwise the per-process one cannot be presented by anyone).</summary>
    public bool IsSecretConfigured { get; }

    /// <summary>Whether <paramref name="presented"/> is the configured Direct Line secret (constant-time).</summary>
    public bool IsSecret(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (!IsSecretConfigured)
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        return CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_signingKey, bytes), HMACSHA256.HashData(_signingKey, _secret));
    }

    /// <summary>Lifetime of the tokens of <paramref name="kind"/>.</summary>
    public TimeSpan LifetimeOf(DirectLineTokenKind kind)
        => kind == DirectLineTokenKind.Stream ? _options.StreamUrlLifetime : _options.TokenLifetime;

    /// <summary>A new token for one conversation and user.</summary>
    public string Issue(string conversationId, string userId, string? userName, DirectLineTokenKind kind)
    {
        var now = _clock.GetUtcNow();
        var payload = new JObject
        {
            ["iss"] = Issuer,
            ["conv"] = conversationId,
            ["user"] = userId,
            ["kind"] = KindName(kind),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + LifetimeOf(kind)).ToUnixTimeSeconds(),
            ["jti"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
        };
        if (!string.IsNullOrEmpty(userName))
        {
            payload["name"] = userName;
        }

        var body = Header + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToString(Formatting.None)));
        return body + "." + Base64Url(HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes(body)));
    }

    /// <summary>The token's claims when it is well formed, signed by this channel, of <paramref name="kind"/> and
    /// not expired; otherwise null. Never throws on malformed input.</summary>
    public DirectLineClaims? Validate(string? token, DirectLineTokenKind kind)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || !string.Equals(parts[0], Header, StringComparison.Ordinal))
        {
            return null;
        }

        var signature = FromBase64Url(parts[2]);
        var expected = HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (signature is null || !CryptographicOperations.FixedTimeEquals(signature, expected))
        {
            return null;
        }

        try
        {
            var payloadBytes = FromBase64Url(parts[1]);
            if (payloadBytes is null || JToken.Parse(Encoding.UTF8.GetString(payloadBytes)) is not JObject payload)
            {
                return null;
            }

            var now = _clock.GetUtcNow().ToUnixTimeSeconds();
            if ((string?)payload["iss"] != Issuer || (string?)payload["kind"] != KindName(kind)
                || payload["exp"] is not JValue { Type: JTokenType.Integer } exp || (long)exp <= now
                || payload["nbf"] is not JValue { Type: JTokenType.Integer } nbf || (long)nbf > now + 60
                || payload["conv"] is not JValue { Type: JTokenType.String } conv || payload["user"] is not JValue { Type: JTokenType.String } user)
            {
                return null;
            }

            return new DirectLineClaims((string)conv!, (string)user!, (string?)payload["name"], kind, DateTimeOffset.FromUnixTimeSeconds((long)exp));
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }

    private static string KindName(DirectLineTokenKind kind) => kind == DirectLineTokenKind.Stream ? "stream" : "conv";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        if (text.Length == 0 || text.Length > 4096)
        {
            return null;
        }

        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => string.Empty, _ => "!" };
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine:Secret is not set: the embedded Direct Line channel signs its tokens with a random " +
        "secret of this process. Fine for development; in production set DirectLine:Secret (32+ characters), the same on every " +
        "instance, or tokens die with the process and one instance refuses another's.")]
    private static partial void LogRandomSecret(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "DirectLine:Secret is not set: the embedded Direct Line channel signs its tokens with a key " +
        "generated once and shared by every instance through Redis (tokens work on all instances and survive restarts). Set DirectLine:Secret " +
        "to present it to tokens/generate from a server.")]
    private static partial void LogSharedSecret(ILogger logger);
}
