using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SupportBot.Bot.Sentiment.Azure.Dtos;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Typed HTTP client for <c>POST {endpoint}/language/:analyze-text?api-version=2023-04-01</c>, kind
/// <c>SentimentAnalysis</c> with opinion mining and UTF-16 offsets. Retries and timeouts live in the resilience
/// handler registered with it; this class turns what is left into <see cref="AzureLanguageException"/>.</summary>
public sealed partial class AzureLanguageClient(HttpClient httpClient, IOptions<AzureLanguageOptions> options, ILogger<AzureLanguageClient> logger)
{
    /// <summary>The API version spoken.</summary>
    public const string ApiVersion = "2023-04-01";

    /// <summary>The header that carries the key.</summary>
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    /// <summary>At most this many documents per request (service limit).</summary>
    public const int MaxDocumentsPerRequest = 10;

    /// <summary>At most this many text elements (graphemes) per document (service limit).</summary>
    public const int MaxTextElementsPerDocument = 5120;

    /// <summary>At most this many bytes per request body (the service allows 1 MB; the rest is room for the envelope).</summary>
    public const int MaxRequestBytes = 1_000_000;

    // Non-ASCII text goes as UTF-8 rather than \uXXXX escapes: Spanish and emoji would otherwise grow up to sixfold.
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The bytes <paramref name="document"/> adds to a request body.</summary>
    internal static int SizeOf(TextDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Json).Length + 1;

    /// <summary>Analyses up to <see cref="MaxDocumentsPerRequest"/> documents.</summary>
    internal async Task<SentimentResponse> AnalyzeSentimentAsync(IReadOnlyList<TextDocument> documents, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = new AnalyzeTextRequest(
            "SentimentAnalysis",
            new SentimentParameters(settings.ModelVersion, settings.LoggingOptOut, OpinionMining: true, StringIndexType: "Utf16CodeUnit"),
            new AnalysisInput(documents));
        var uri = new Uri($"{settings.Endpoint!.AbsoluteUri.TrimEnd('/')}/language/:analyze-text?api-version={ApiVersion}");

        HttpResponseMessage response;
        try
        {
            response = await httpClient.PostAsJsonAsync(uri, body, Json, cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new AzureLanguageException(AzureLanguageFailure.Timeout, "Azure AI Language did not answer in time.", innerException: ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new AzureLanguageException(AzureLanguageFailure.CircuitOpen, "Azure AI Language is failing; calls are paused.", innerException: ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AzureLanguageException(AzureLanguageFailure.Timeout, "Azure AI Language did not answer in time.", innerException: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new AzureLanguageException(AzureLanguageFailure.Network, "Could not reach Azure AI Language.", innerException: ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(response, cancellationToken);
            }

            try
            {
                var answer = await response.Content.ReadFromJsonAsync<AnalyzeTextResponse>(Json, cancellationToken);
                if (answer?.Results?.Documents is null)
                {
                    throw new AzureLanguageException(AzureLanguageFailure.MalformedResponse, "Azure AI Language answered 200 without results.documents.");
                }

                return answer.Results;
            }
            catch (JsonException ex)
            {
                throw new AzureLanguageException(AzureLanguageFailure.MalformedResponse, "Azure AI Language answered 200 with a body that is not the documented JSON.", innerException: ex);
            }
        }
    }

    private async Task<AzureLanguageException> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ErrorDto? error = null;
        try
        {
            error = (await response.Content.ReadFromJsonAsync<ErrorResponseDto>(Json, cancellationToken))?.Error;
        }
        catch (JsonException)
        {
            // Gateways and proxies may answer in HTML; the status code says enough.
        }
        catch (NotSupportedException)
        {
            // No or non-JSON content type.
        }

        var status = response.StatusCode;
        var failure = status switch
        {
            HttpStatusCode.Unauthorized => AzureLanguageFailure.Unauthorized,
            HttpStatusCode.Forbidden => AzureLanguageFailure.Forbidden,
            HttpStatusCode.TooManyRequests => AzureLanguageFailure.Throttled,
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout => AzureLanguageFailure.Timeout,
            >= HttpStatusCode.InternalServerError => AzureLanguageFailure.ServerError,
            _ => AzureLanguageFailure.BadRequest,
        };
        var code = error?.Innererror?.Code ?? error?.Code;
        LogFailure(logger, (int)status, code);
        return new AzureLanguageException(
            failure, $"Azure AI Language answered {(int)status} {code}: {error?.Innererror?.Message ?? error?.Message}", status, code);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Azure AI Language answered {Status} with error code {ErrorCode}")]
    private static partial void LogFailure(ILogger logger, int status, string? errorCode);
}
