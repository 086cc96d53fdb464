using System.Globalization;
using System.Threading.RateLimiting;

namespace SupportBot.Bot.Security;

/// <summary>The one way this bot says "slow down": 429, <c>Retry-After</c> in whole seconds and a problem body.</summary>
public static class TooManyRequests
{
    /// <summary>The detail every 429 carries.</summary>
    public const string Detail = "Too many requests; try again shortly.";

    /// <summary>Writes the answer for a lease the limiter refused.</summary>
    public static async ValueTask WriteAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(lease);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = RetryAfterSeconds(lease);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "application/problem+json";
        await response.WriteAsync(
            """{"type":"https://tools.ietf.org/html/rfc6585#section-4","title":"Too Many Requests","status":429,"detail":"Too many requests; try again shortly."}""",
            cancellationToken);
    }

    /// <summary>The answer for a lease the limiter refused, as an endpoint result.</summary>
    public static IResult Result(HttpContext http, RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(lease);
        http.Response.Headers.RetryAfter = RetryAfterSeconds(lease);
        return Results.Problem(detail: Detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests");
    }

    private static string RetryAfterSeconds(RateLimitLease lease)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        return seconds.ToString(CultureInfo.InvariantCulture);
    }
}
