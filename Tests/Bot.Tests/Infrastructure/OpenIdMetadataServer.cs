using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Reflection;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>The Bot Connector's token service, locally: <c>/.well-known/openid-configuration</c> and a JWKS whose key
/// carries the channels it endorses (as login.botframework.com publishes them), and tokens signed with that key.
/// Point the bot at it with <see cref="BotSettings"/>.</summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.test";

    public const string KeyId = "test-key-1";

    private readonly LoopbackServer _server;
    private readonly RSA _key;

    private OpenIdMetadataServer(LoopbackServer server, RSA key)
    {
        _server = server;
        _key = key;
    }

    public string MetadataUrl => new Uri(_server.Address, "/.well-known/openid-configuration").ToString();

    /// <summary>The SDK's settings that make the bot trust this server (and only it) for channel tokens. Setting any of
    /// the SDK's endpoint keys switches it to a custom cloud, so the outgoing ones are named too (public cloud values;
    /// nothing calls them: replies travel in the expectReplies response).</summary>
    public Dictionary<string, string?> BotSettings(string appId) => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "test-app-password-not-used-0123",
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration",
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["OAuthUrl"] = "https://api.botframework.com",
    };

    public static async Task<OpenIdMetadataServer> StartAsync(params string[] endorsedChannels)
    {
        var key = RSA.Create(2048);
        Uri? self = null;
        var server = await LoopbackServer.StartAsync(async http =>
        {
            http.Response.ContentType = "application/json";
            if (http.Request.Path == "/.well-known/openid-configuration")
            {
                await http.Response.WriteAsync(new JObject
                {
                    ["issuer"] = Issuer,
                    ["jwks_uri"] = new Uri(self!, "/keys").ToString(),
                    ["id_token_signing_alg_values_supported"] = new JArray("RS256"),
                    ["token_endpoint_auth_methods_supported"] = new JArray("private_key_jwt"),
                }.ToString());
            }
            else if (http.Request.Path == "/keys")
            {
                var parameters = key.ExportParameters(false);
                await http.Response.WriteAsync(new JObject
                {
                    ["keys"] = new JArray(new JObject
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                        ["endorsements"] = new JArray(endorsedChannels),
                    }),
                }.ToString());
            }
            else
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
        self = server.Address;
        AllowPlainHttpMetadata(new Uri(server.Address, "/.well-known/openid-configuration").ToString());
        return new OpenIdMetadataServer(server, key);
    }

    /// <summary>A channel token as the Bot Connector signs it; each argument bends one thing for a negative case.</summary>
    public string Issue(
        string audience,
        string serviceUrl,
        string issuer = Issuer,
        DateTime? notBefore = null,
        DateTime? expires = null,
        RSA? signWith = null,
        string keyId = KeyId)
    {
        var now = DateTime.UtcNow;
        var signingKey = new RsaSecurityKey(signWith ?? _key) { KeyId = keyId };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).AddSeconds(-1),
            Expires = expires ?? now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        };
        var handler = new JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.WriteToken(handler.CreateJwtSecurityToken(descriptor));
    }

    // The SDK (4.23.1) fetches the OpenID metadata through a ConfigurationManager that it caches per metadata URL in a
    // private static dictionary, with a document retriever that insists on HTTPS — which a local test server cannot offer
    // without a certificate the machine trusts. So the test puts into that cache, for this server's URL, the same kind
    // of ConfigurationManager with HTTPS not required; everything else (fetching the metadata and the keys, checking
    // signature, issuer, lifetime, audience, endorsements, serviceurl) is the SDK's own code, over real HTTP.
    private static void AllowPlainHttpMetadata(string metadataUrl)
    {
        var field = typeof(JwtTokenExtractor).GetField("_openIdMetadataCache", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("The Bot Framework SDK no longer caches OpenID metadata in JwtTokenExtractor._openIdMetadataCache: update this test server.");
        var cache = (ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>>)field.GetValue(null)!;
        cache[metadataUrl] = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _key.Dispose();
    }
}
