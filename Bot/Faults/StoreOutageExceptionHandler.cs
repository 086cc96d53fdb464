using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SupportBot.Bot.Faults;

/// <summary>Any API request that fails because a store is unreachable answers <c>503</c> with a problem JSON and
/// <c>Retry-After</c> (the exception's text is never shown); anything else is left to the default handler.</summary>
public sealed partial class StoreOutageExceptionHandler(IProblemDetailsService problems, ILogger<StoreOutageExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!StoreOutage.Is(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        LogOutage(exception.GetType().Name, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service temporarily unavailable",
                Detail = $"A storage service the bot depends on is not answering. Try again in {RetryAfterSeconds} seconds; nothing already accepted was lost.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable ({ExceptionType}) while serving {Path}: answered 503")]
    private partial void LogOutage(string exceptionType, string path);
}
