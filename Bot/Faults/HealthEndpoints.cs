using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SupportBot.Bot.Faults;

/// <summary><c>GET /health/live</c> (the process answers) and <c>GET /health/ready</c> (Redis when configured, the SQLite
/// files, the escalation queue and its outbox): 200 when healthy or degraded, 503 when unhealthy, with a small JSON body
/// naming each check and its status — never a secret, a path or an exception's text.</summary>
public static class HealthEndpoints
{
    /// <summary>Liveness route.</summary>
    public const string LiveRoute = "/health/live";

    /// <summary>Readiness route (App Service's health check points here).</summary>
    public const string ReadyRoute = "/health/ready";

    /// <summary>Tag of the checks readiness runs.</summary>
    public const string ReadyTag = "ready";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps both routes.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LiveRoute, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks(ReadyRoute, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Exception is null ? e.Value.Description : null }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Json), http.RequestAborted);
    }
}
