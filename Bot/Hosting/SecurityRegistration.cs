using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using SupportBot.Bot.BotFramework;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.Hosting;

/// <summary>Cross-cutting protection: the rate limits of <c>/api/messages</c> and the agent API (the 429 answer is
/// shared with the Direct Line limits), forwarded headers from a trusted reverse proxy, and the security headers.</summary>
public static class SecurityRegistration
{
    /// <summary>Rate-limit policy of <c>/api/messages</c>: unsigned activities per client address.</summary>
    public const string MessagesPolicy = "messages-per-client";

    /// <summary>Rate-limit policy of the agent API: calls per signed-in agent.</summary>
    public const string AgentPolicy = "agent-requests";

    /// <summary>Logger category of ASP.NET Core's per-request lines, held at Warning so that tokens in query strings are never logged.</summary>
    public const string RequestLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>Registers the options, the limiters, the forwarded-headers settings and the request-log filter.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConversationRateLimiter>();
        // ASP.NET Core's "Request starting/finished" lines carry the whole query string, and two query strings carry
        // credentials (the Direct Line stream URL's t=, the agent hub's access_token=). Registered after the
        // configuration's rules, this one wins even when Logging:LogLevel names the category.
        services.AddLogging(logging => logging.AddFilter(RequestLogCategory, LogLevel.Warning));
        var signed = !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => TooManyRequests.WriteAsync(context.HttpContext, context.Lease, cancellationToken);
            // Signed traffic: the Bot Connector's few addresses carry every customer. This machine itself (the Emulator,
            // tests, a load benchmark) is not a client to protect against.
            limiter.AddPolicy(MessagesPolicy, http => signed || LocalCallerRule.IsLocal(http)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : PerMinute(ClientAddress(http), Limits(http).UnsignedMessagesPerClientPerMinute));
            limiter.AddPolicy(AgentPolicy, http => http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } agent
                ? PerMinute(agent, Limits(http).AgentRequestsPerMinute)
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            var settings = proxy.Value;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = settings.TrustAllProxies ? null : settings.ForwardLimit;
            if (settings.TrustAllProxies)
            {
                forwarded.KnownIPNetworks.Clear();
                forwarded.KnownProxies.Clear();
                return;
            }

            foreach (var address in settings.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in settings.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>The first middleware: forwarded headers (when <c>ReverseProxy:Enabled</c>), then the security headers.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        return app;
    }

    /// <summary>The client's address as the rate limits see it (the proxy's, unless forwarded headers are trusted).</summary>
    public static string ClientAddress(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress;
        return address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    /// <summary>A fixed one-minute window of <paramref name="permits"/> for <paramref name="key"/>; no limit when 0.</summary>
    public static RateLimitPartition<string> PerMinute(string key, int permits)
        => permits <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    private static RateLimitOptions Limits(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
}
