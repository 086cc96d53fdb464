namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>How the emulator answers one request instead of (or before) a normal answer.</summary>
/// <param name="Status">The status to answer with; null answers normally (after <paramref name="Delay"/>).</param>
/// <param name="Body">The body of a scripted answer.</param>
/// <param name="RetryAfter">The Retry-After header value (seconds or an HTTP date), if any.</param>
/// <param name="Delay">How long to wait before answering.</param>
public sealed record EmulatorFault(int? Status, string Body = "", string? RetryAfter = null, TimeSpan Delay = default)
{
    /// <summary>A normal answer (to script "fail the second request only").</summary>
    public static EmulatorFault None { get; } = new((int?)null);

    /// <summary>The gateway's 429, as observed.</summary>
    public static EmulatorFault Throttled(string retryAfter) => new(
        429,
        """{"error":{"code":"429","message":"Requests to the Sentiment Operation under Text Analytics API have exceeded rate limit of your current TextAnalytics S pricing tier. Please retry after 1 second. Please contact Azure support service if you would like to further increase the default rate limit."}}""",
        retryAfter);

    /// <summary>A 5xx with the documented error body.</summary>
    public static EmulatorFault ServerError(int status = 500) => new(
        status,
        status == 503
            ? """{"error":{"code":"ServiceUnavailable","message":"The service is temporarily unavailable."}}"""
            : """{"error":{"code":"InternalServerError","message":"Internal server error."}}""");

    /// <summary>The free tier's monthly quota: 403 with a Retry-After of days.</summary>
    public static EmulatorFault QuotaExceeded(TimeSpan retryAfter) => new(
        403,
        """{"error":{"code":"403","message":"Out of call volume quota for TextAnalytics F0 pricing tier. Please retry after 15 days. To increase your call volume switch to a paid tier."}}""",
        ((long)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A 200 whose body is cut off mid-JSON.</summary>
    public static EmulatorFault MalformedJson { get; } = new(200, """{"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"0","sentiment":""");

    /// <summary>A normal answer after <paramref name="delay"/>.</summary>
    public static EmulatorFault Slow(TimeSpan delay) => new(null, Delay: delay);
}
