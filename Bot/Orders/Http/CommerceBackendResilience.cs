using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SupportBot.Bot.Orders.Http;

/// <summary>The commerce backend client's resilience pipeline: one retry (a customer is waiting) of 429, 500, 502, 503, 504
/// and network errors, then a timeout per attempt. A 429 waits what its <c>Retry-After</c> asks (seconds or a date) when
/// that is at most <see cref="CommerceBackendOptions.MaxRetryAfter"/>, and is not retried when it asks for longer. A timed-out
/// attempt is not retried: a backend that is slow now is slow on the retry too. Creating requests carry an
/// <c>Idempotency-Key</c>, so retrying them cannot create a second case.</summary>
internal static partial class CommerceBackendResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, CommerceBackendOptions options, TimeProvider time, ILogger logger)
    {
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 1,
            BackoffType = DelayBackoffType.Constant,
            UseJitter = false,
            Delay = options.RetryDelay,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxRetryAfter, time)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time) ?? options.RetryDelay as TimeSpan?),
            OnRetry = args =>
            {
                LogRetrying(logger, args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : args.Outcome.Exception?.GetType().Name ?? "failure", args.RetryDelay);
                return default;
            },
        });
        builder.AddTimeout(options.Timeout);
    }

    /// <summary>Whether an outcome is worth the one retry.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException;
        }

        return outcome.Result!.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => !(RetryAfter(outcome.Result, time) > maxRetryAfter),
            HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            _ => false,
        };
    }

    /// <summary>The wait a 429 asked for, if it did (never negative).</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        if (response?.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w && w < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The commerce backend answered {Outcome}; retrying once in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string outcome, TimeSpan delay);
}
