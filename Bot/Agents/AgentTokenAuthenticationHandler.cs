using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Agents;

/// <summary>Signs agents in with "Authorization: Bearer &lt;token&gt;" against the configured accounts (compared in
/// constant time). The console only relies on the claims it produces (<see cref="ClaimTypes.NameIdentifier"/>, name,
/// roles), so an OpenID Connect / JWT bearer scheme can replace it without touching the endpoints.</summary>
public sealed class AgentTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AgentOptions> agents) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "AgentToken";

    /// <summary>Role of every agent.</summary>
    public const string AgentRole = "agent";

    /// <summary>Role of supervisors.</summary>
    public const string SupervisorRole = "supervisor";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Other endpoints carry bearer tokens of their own (Direct Line conversation tokens): they are not agent logins,
        // so they are neither checked against the agents' accounts nor logged as failed sign-ins.
        var token = Context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is null ? null : ReadToken();
        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var given = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        var account = agents.Value.Accounts.FirstOrDefault(a =>
            CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(a.Token))));
        if (account is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown agent token."));
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Role, AgentRole),
        };
        if (account.Supervisor)
        {
            claims.Add(new Claim(ClaimTypes.Role, SupervisorRole));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    private string? ReadToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        // Browsers cannot set headers on WebSocket/SSE connections: SignalR sends the token as access_token.
        return Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase)
            && Request.Query.TryGetValue("access_token", out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;
    }
}
