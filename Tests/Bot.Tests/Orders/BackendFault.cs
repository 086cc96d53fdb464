namespace SupportBot.Bot.Tests.Orders;

/// <summary>How the commerce backend server answers one request instead of (or after) its normal answer.</summary>
/// <param name="Status">Status to answer with; null answers normally after <paramref name="Delay"/>.</param>
/// <param name="Body">Body of the scripted answer.</param>
/// <param name="ContentType">Content type of the scripted answer.</param>
/// <param name="RetryAfter">Retry-After header value (seconds or an HTTP date), if any.</param>
/// <param name="Delay">Wait before answering.</param>
/// <param name="Location">Location header of the scripted answer (a redirect).</param>
/// <param name="AfterHandling">Handle the request for real (creating what it creates), then answer with the fault anyway:
/// an answer lost on the way back.</param>
public sealed record BackendFault(
    int? Status,
    string Body = "",
    string ContentType = "application/problem+json",
    string? RetryAfter = null,
    TimeSpan Delay = default,
    bool AfterHandling = false,
    string? Location = null)
{
    public static BackendFault ServerError(int status = 500, bool afterHandling = false) => new(
        status,
        $$"""{"type":"about:blank","title":"Internal error","status":{{status}}}""",
        AfterHandling: afterHandling);

    public static BackendFault Throttled(string? retryAfter) => new(
        429, """{"type":"about:blank","title":"Too many requests","status":429}""", RetryAfter: retryAfter);

    public static BackendFault Redirect(string location) => new(307, string.Empty, "text/plain", Location: location);

    public static BackendFault Slow(TimeSpan delay) => new(null, Delay: delay);

    /// <summary>A 200 order whose JSON is cut off.</summary>
    public static BackendFault TruncatedJson { get; } = new(200, """{"number":"SB-1001","placedOn":"2026-11-08","status":"deliv""", "application/json");

    /// <summary>A 200 from a proxy's login page.</summary>
    public static BackendFault Html { get; } = new(200, "<html><body>Please sign in</body></html>", "text/html");

    /// <summary>A problem document with a code.</summary>
    public static BackendFault Problem(int status, string code) => new(
        status, $$"""{"type":"https://shop.example/problems/{{code}}","title":"{{code}}","status":{{status}},"code":"{{code}}"}""");
}
