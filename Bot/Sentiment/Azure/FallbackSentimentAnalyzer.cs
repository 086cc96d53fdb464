using Microsoft.Bot.Schema;
using SupportBot.Bot.BotFramework;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Azure first; when a call fails (timeout, outage, 5xx or 429 after retries, 401/403, malformed answer),
/// the affected texts go to the offline analyzer and come back marked <see cref="SentimentResult.IsFallback"/>.
/// Per-text errors reported by the service are results, not failures, and do not fall back. A call made during a
/// customer's message shows them the bot is typing, since the service can take a noticeable moment.</summary>
public sealed partial class FallbackSentimentAnalyzer(
    CurrentTurn turn,
    AzureSentimentAnalyzer azure,
    [FromKeyedServices(FallbackSentimentAnalyzer.OfflineKey)] ISentimentAnalyzer offline,
    SentimentMetrics metrics,
    ILogger<FallbackSentimentAnalyzer> logger) : ISentimentAnalyzer
{
    /// <summary>The service key of the offline analyzer.</summary>
    public const string OfflineKey = "offline";

    /// <inheritdoc />
    public async Task<IReadOnlyList<SentimentResult>> AnalyzeAsync(IReadOnlyList<SentimentRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (turn.Context is { Activity.Type: ActivityTypes.Message } customerTurn)
        {
            await customerTurn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        }

        IReadOnlyList<AzureSentimentOutcome> outcomes;
        try
        {
            outcomes = await azure.AnalyzeEachAsync(requests, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not a service failure but a fault of ours; the customer still deserves an answer.
            LogUnexpected(logger, ex);
            outcomes = requests.Select(_ => new AzureSentimentOutcome(null, null)).ToList();
        }

        var failed = Enumerable.Range(0, requests.Count).Where(i => outcomes[i].Result is null).ToList();
        if (failed.Count == 0)
        {
            return outcomes.Select(o => o.Result!).ToList();
        }

        foreach (var group in failed.GroupBy(i => outcomes[i].Failure))
        {
            var reason = Reason(group.Key);
            LogFallback(logger, reason, (int?)group.Key?.StatusCode, group.Key?.ErrorCode, group.Count(), group.Key);
            metrics.Fallback(reason, group.Count());
        }

        var offlineResults = await offline.AnalyzeAsync(failed.Select(i => requests[i]).ToList(), cancellationToken);
        var results = outcomes.Select(o => o.Result).ToArray();
        for (var k = 0; k < failed.Count; k++)
        {
            results[failed[k]] = offlineResults[k] with { IsFallback = true };
        }

        return results.Select(r => r!).ToList();
    }

    private static string Reason(AzureLanguageException? failure) => failure?.Failure switch
    {
        AzureLanguageFailure.Timeout => "timeout",
        AzureLanguageFailure.Network => "network",
        AzureLanguageFailure.ServerError => "server_error",
        AzureLanguageFailure.Throttled => "throttled",
        AzureLanguageFailure.Unauthorized => "unauthorized",
        AzureLanguageFailure.Forbidden => "forbidden",
        AzureLanguageFailure.BadRequest => "bad_request",
        AzureLanguageFailure.MalformedResponse => "malformed_response",
        AzureLanguageFailure.CircuitOpen => "circuit_open",
        _ => "error",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language unavailable ({Reason}, status {Status}, code {ErrorCode}); {Count} texts analysed offline")]
    private static partial void LogFallback(ILogger logger, string reason, int? status, string? errorCode, int count, Exception? exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Azure sentiment analysis failed unexpectedly; analysing offline")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
