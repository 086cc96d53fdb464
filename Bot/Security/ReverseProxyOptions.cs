using System.ComponentModel.DataAnnotations;
using System.Net;

namespace SupportBot.Bot.Security;

/// <summary>Whether the bot runs behind a reverse proxy whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> it may
/// believe (section "ReverseProxy"). Off by default: a forwarded header from just anyone would let a caller choose the
/// address its rate limits are counted under. On, the client's address and scheme replace the proxy's for rate limits,
/// the local-caller rule, HSTS and the stream URLs.</summary>
public sealed class ReverseProxyOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ReverseProxy";

    /// <summary>Read forwarded headers at all.</summary>
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies whose headers are believed (e.g. "10.0.0.4"). Loopback is always known.</summary>
    public List<string> KnownProxies { get; } = [];

    /// <summary>Networks of the proxies, in CIDR notation (e.g. "10.0.0.0/8").</summary>
    public List<string> KnownNetworks { get; } = [];

    /// <summary>Believe the headers from any address: only where nothing but the proxy can reach the bot (Azure App
    /// Service, whose front ends have no fixed addresses).</summary>
    public bool TrustAllProxies { get; set; }

    /// <summary>How many proxies (entries of <c>X-Forwarded-For</c>, from the right) are read.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ReverseProxy:KnownProxies entry '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ReverseProxy:KnownNetworks entry '{network}' is not a network in CIDR notation such as 10.0.0.0/8.", [nameof(KnownNetworks)]);
        }
    }
}
