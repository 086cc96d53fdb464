using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>The resilience pipeline of the Azure AI Language client: a total timeout, retries with exponential
/// back-off for 429, 500, 502, 503, 504, network errors and attempt timeouts, a circuit breaker over those same
/// failures (so an outage costs one wait, not one per customer), and a timeout per attempt.
/// <c>Retry-After</c> (seconds or a date) is honoured up to <see cref="AzureLanguageOptions.MaxRetryAfter"/>; an
/// answer asking for a longer wait is not retried (the 403 and 429 quota answers ask for days), and neither are
/// 401, 403 and other 4xx.</summary>
internal static class AzureLanguageResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, AzureLanguageOptions options, TimeProvider time)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryAfter,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxRetryAfter, time)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 5,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        });
        builder.AddTimeout(options.Timeout);
    }

    /// <summary>Whether an outcome is worth another attempt.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time)
        => IsTransient(outcome) && !(RetryAfter(outcome.Result, time) > maxRetryAfter);

    /// <summary>429, 500, 502, 503, 504, a network error or an attempt timeout.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception is not null
        ? outcome.Exception is HttpRequestException or TimeoutRejectedException
        : outcome.Result!.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait the service asked for, if it did.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w ? (w < TimeSpan.Zero ? TimeSpan.Zero : w) : null;
    }
}
