namespace SupportBot.Bot.Security;

/// <summary>Headers every response gets, set before it starts: <c>nosniff</c> and <c>no-referrer</c> everywhere;
/// <c>Cache-Control: no-store</c> on the APIs that carry customer or agent data (unless the endpoint chose its own);
/// HSTS on HTTPS requests (directly or, with <c>ReverseProxy:Enabled</c>, through the proxy). The HTML pages add their
/// own Content-Security-Policy, framing rule, Permissions-Policy and Cross-Origin-Opener-Policy (<see cref="PageHeaders"/>).</summary>
public static class SecurityHeaders
{
    /// <summary>HSTS value: one year, sub-domains included.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>Path prefixes whose answers are never cached.</summary>
    private static readonly string[] PrivatePrefixes = ["/api", "/v3/directline", "/hubs", "/invoices"];

    /// <summary>Adds the middleware (first in the pipeline, so error pages and 429s get the headers too).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
        => app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                if (!headers.ContainsKey("Referrer-Policy"))
                {
                    headers["Referrer-Policy"] = "no-referrer";
                }

                if (http.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                }

                if (string.IsNullOrEmpty(headers.CacheControl) && PrivatePrefixes.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
}
