using System.Reflection;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.Agents;

/// <summary>Serves the agent console (<c>/agent</c>): a static page, its script and its style sheet, embedded in the
/// assembly from <c>wwwroot/agent</c>. The page renders customer and agent text as text only, and the strict
/// Content-Security-Policy it is served with keeps any injected markup from running.</summary>
public static class AgentConsolePage
{
    /// <summary>Where the console is served.</summary>
    public const string Route = "/agent";

    /// <summary>Policy of every console file: only this origin's own script and style, no inline code, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        (Route, "index.html", "text/html; charset=utf-8"),
        (Route + "/agent.js", "agent.js", "text/javascript; charset=utf-8"),
        (Route + "/console-shared.js", "console-shared.js", "text/javascript; charset=utf-8"),
        (Route + "/agent.css", "agent.css", "text/css; charset=utf-8"),
    ];

    /// <summary>Maps the console's files.</summary>
    public static IEndpointRouteBuilder MapAgentConsole(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var (path, resource, contentType) in Files)
        {
            endpoints.MapConsoleFile(path, "AgentConsole/" + resource, contentType);
        }

        return endpoints;
    }

    /// <summary>Serves the embedded resource <paramref name="resource"/> at <paramref name="path"/> with the console's
    /// headers (strict CSP, no framing, nosniff): for the console and pages that belong to it.</summary>
    public static RouteHandlerBuilder MapConsoleFile(this IEndpointRouteBuilder endpoints, string path, string resource, string contentType)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var content = Read(resource);
        return endpoints.MapGet(path, (HttpContext http) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-cache";
            PageHeaders.Apply(headers);
            return Results.Bytes(content, contentType);
        });
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The console file {name} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
