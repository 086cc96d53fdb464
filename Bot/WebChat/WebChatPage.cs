using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Conversation;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.WebChat;

/// <summary>Serves the customer Web Chat page at <c>/</c>: its own files embedded from <c>wwwroot/chat</c>, the official
/// Web Chat bundle fetched from npm at build time (<c>webchat/webchat.js</c> next to the assembly), and <c>/embed.js</c>
/// for shops. The page gets a strict Content-Security-Policy with a fresh style nonce for Web Chat's own style sheets.</summary>
public static class WebChatPage
{
    /// <summary>Where the page is served.</summary>
    public const string Route = "/";

    /// <summary>Where the Web Chat bundle is served.</summary>
    public const string BundleRoute = "/chat/webchat.js";

    /// <summary>The bundle's path relative to the application's base directory (copied there by the build).</summary>
    public static readonly string BundleFile = Path.Combine("webchat", "webchat.js");

    /// <summary>Embedded Direct Line base path (the page's default).</summary>
    public const string EmbeddedDirectLine = "/v3/directline";

    private const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    private static readonly (string Path, string Resource, string ContentType)[] Assets =
    [
        ("/chat/chat.js", "chat.js", "text/javascript; charset=utf-8"),
        ("/chat/chat.css", "chat.css", "text/css; charset=utf-8"),
        ("/chat/bot-avatar.svg", "bot-avatar.svg", "image/svg+xml"),
        ("/embed.js", "embed.js", "text/javascript; charset=utf-8"),
    ];

    /// <summary>Maps the page, its files, the bundle and (with Azure Direct Line configured) the token exchange.</summary>
    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var template = Encoding.UTF8.GetString(Read("index.html"));
        endpoints.MapGet(Route, (HttpContext http, IOptions<WebChatOptions> options, IOptions<ConversationOptions> conversation)
            => RenderPage(http, template, options.Value, conversation.Value));

        foreach (var (path, resource, contentType) in Assets)
        {
            var content = Read(resource);
            endpoints.MapGet(path, (HttpContext http) =>
            {
                SetCommonHeaders(http.Response.Headers);
                http.Response.Headers.CacheControl = "no-cache";
                if (path == "/embed.js")
                {
                    // Loaded by the shop's pages, from another origin.
                    http.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
                }

                return Results.Bytes(content, contentType);
            });
        }

        endpoints.MapGet(BundleRoute, (HttpContext http) =>
        {
            SetCommonHeaders(http.Response.Headers);
            var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, BundleFile));
            if (!file.Exists)
            {
                return Results.Problem(
                    "The Web Chat bundle was not fetched at build time (npm pack botframework-webchat); rebuild with npm reachable.",
                    statusCode: StatusCodes.Status404NotFound);
            }

            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.File(file.FullName, "text/javascript; charset=utf-8", lastModified: file.LastWriteTimeUtc,
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\""));
        });

        endpoints.MapPost(DirectLineTokenClient.Route, DirectLineTokenClient.HandleAsync);
        return endpoints;
    }

    /// <summary>The page's Content-Security-Policy: own scripts only, Web Chat's style sheets by nonce, connections to
    /// this origin (HTTP and WebSocket) and the configured Azure Direct Line, framing by the configured shop sites only.</summary>
    public static string ContentSecurityPolicy(string nonce, string host, bool secure, WebChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connect = new StringBuilder("'self' ").Append(secure ? "wss://" : "ws://").Append(host);
        if (options.DirectLineDomain is { } azure)
        {
            var authority = azure.GetLeftPart(UriPartial.Authority);
            connect.Append(' ').Append(authority).Append(' ').Append("wss://").Append(azure.Authority);
        }

        var ancestors = string.Join(' ', options.EmbedOrigins.Select(o => o.GetLeftPart(UriPartial.Authority)).Prepend("'self'"));
        // Web Chat sets one empty style attribute; its hash (of the empty string) allows exactly that and nothing else.
        return $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{nonce}' 'unsafe-hashes' '{EmptyStyleHash}'; img-src 'self' data: blob:; " +
               $"font-src 'self'; media-src 'self' blob:; connect-src {connect}; object-src 'none'; base-uri 'none'; " +
               $"form-action 'none'; frame-ancestors {ancestors}";
    }

    private static IResult RenderPage(HttpContext http, string template, WebChatOptions options, ConversationOptions conversation)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var headers = http.Response.Headers;
        SetCommonHeaders(headers);
        headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce, http.Request.Host.Value ?? "localhost", http.Request.IsHttps, options);
        headers.CacheControl = "no-store";
        PageHeaders.Apply(headers);
        if (options.EmbedOrigins.Count == 0)
        {
            headers.XFrameOptions = "SAMEORIGIN";
        }

        var azure = options.DirectLineDomain is not null;
        var html = template
            .Replace("{{brand}}", HtmlEncoder.Default.Encode(conversation.BrandName), StringComparison.Ordinal)
            .Replace("{{nonce}}", nonce, StringComparison.Ordinal)
            .Replace("{{accent}}", options.AccentColor, StringComparison.Ordinal)
            .Replace("{{defaultLanguage}}", conversation.DefaultLanguage == Dialogs.Localization.Language.English ? "en" : "es", StringComparison.Ordinal)
            .Replace("{{tokenUrl}}", azure ? DirectLineTokenClient.Route : EmbeddedDirectLine + "/tokens/generate", StringComparison.Ordinal)
            .Replace("{{domain}}", HtmlEncoder.Default.Encode(options.DirectLineDomain?.ToString().TrimEnd('/') ?? string.Empty), StringComparison.Ordinal);
        return Results.Text(html, "text/html; charset=utf-8");
    }

    private static void SetCommonHeaders(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        // Links into the chat carry customer ids and signatures: never leak them to other sites.
        headers["Referrer-Policy"] = "no-referrer";
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WebChat/" + name)
            ?? throw new InvalidOperationException($"The Web Chat page file {name} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
