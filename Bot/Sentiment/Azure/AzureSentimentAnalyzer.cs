using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Sentiment.Azure.Dtos;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Sentiment and opinion mining by Azure AI Language. Redacts personal data before anything leaves the
/// process, sends the language explicitly, respects the per-request and per-document limits (splitting long texts
/// and merging them back), and caches successful results. Used through <see cref="FallbackSentimentAnalyzer"/>.</summary>
public sealed partial class AzureSentimentAnalyzer(
    AzureLanguageClient client,
    IDistributedCache cache,
    IOptions<AzureLanguageOptions> options,
    ILogger<AzureSentimentAnalyzer> logger) : ISentimentAnalyzer
{
    /// <summary>The provider name on results.</summary>
    public const string ProviderName = "azure";

    private static readonly JsonSerializerOptions CacheJson = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <inheritdoc />
    /// <exception cref="AzureLanguageException">The service could not be used for some of the texts.</exception>
    public async Task<IReadOnlyList<SentimentResult>> AnalyzeAsync(IReadOnlyList<SentimentRequest> requests, CancellationToken cancellationToken)
    {
        var outcomes = await AnalyzeEachAsync(requests, cancellationToken);
        var failed = outcomes.FirstOrDefault(o => o.Failure is not null);
        return failed is not null ? throw failed.Failure! : outcomes.Select(o => o.Result!).ToList();
    }

    /// <summary>Analyses every text, reporting per text whether the service answered, so a caller can fall back for
    /// just the texts whose call failed. After a failed call the remaining texts are not sent (the service is
    /// likely down), except after a refused request (4xx other than 401/403/429), which concerns that call only.</summary>
    public async Task<IReadOnlyList<AzureSentimentOutcome>> AnalyzeEachAsync(IReadOnlyList<SentimentRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var settings = options.Value;
        var outcomes = new AzureSentimentOutcome?[requests.Count];
        var prepared = new Prepared[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var text = PiiRedactor.Redact(requests[i].Text ?? string.Empty);
            var language = requests[i].Language ?? LanguageDetector.Detect(text) ?? settings.DefaultLanguage;
            prepared[i] = new Prepared(text, language, CacheKey(settings.ModelVersion, language, text));
            if (await ReadCacheAsync(prepared[i].CacheKey, cancellationToken) is { } cached)
            {
                outcomes[i] = new AzureSentimentOutcome(cached, null);
            }
        }

        var documents = new List<(int Request, TextPiece Piece, TextDocument Document)>();
        for (var i = 0; i < requests.Count; i++)
        {
            if (outcomes[i] is null)
            {
                foreach (var piece in TextSplitter.Split(prepared[i].Text, AzureLanguageClient.MaxTextElementsPerDocument))
                {
                    var id = documents.Count.ToString(CultureInfo.InvariantCulture);
                    documents.Add((i, piece, new TextDocument(id, piece.Text, Code(prepared[i].Language))));
                }
            }
        }

        var analysed = new Dictionary<int, List<AnalysedPiece>>();
        var errors = new Dictionary<int, SentimentError>();
        AzureLanguageException? outage = null;
        foreach (var batch in Batches(documents, d => AzureLanguageClient.SizeOf(d.Document)))
        {
            if (outage is not null)
            {
                MarkFailed(batch, outage);
                continue;
            }

            SentimentResponse response;
            try
            {
                response = await client.AnalyzeSentimentAsync(batch.Select(d => d.Document).ToList(), cancellationToken);
            }
            catch (AzureLanguageException ex)
            {
                MarkFailed(batch, ex);
                if (ex.Failure != AzureLanguageFailure.BadRequest)
                {
                    outage = ex;
                }

                continue;
            }

            var byId = (response.Documents ?? []).ToDictionary(d => d.Id, StringComparer.Ordinal);
            var errorsById = (response.Errors ?? []).GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var (request, piece, document) in batch)
            {
                if (byId.TryGetValue(document.Id, out var result))
                {
                    if (!analysed.TryGetValue(request, out var list))
                    {
                        analysed[request] = list = [];
                    }

                    list.Add(new AnalysedPiece(piece, result, response));
                }
                else if (!errors.ContainsKey(request))
                {
                    errors[request] = errorsById.TryGetValue(document.Id, out var error)
                        ? new SentimentError(
                            error.Error.Innererror?.Code ?? error.Error.Code ?? "Unknown",
                            error.Error.Innererror?.Message ?? error.Error.Message ?? string.Empty)
                        : new SentimentError("MissingResult", "The service returned neither a result nor an error for this text.");
                }
            }
        }

        for (var i = 0; i < requests.Count; i++)
        {
            if (outcomes[i] is not null)
            {
                continue;
            }

            if (errors.TryGetValue(i, out var error))
            {
                LogDocumentError(logger, i, error.Code);
                outcomes[i] = new AzureSentimentOutcome(SentimentMapper.Failed(error, prepared[i].Language), null);
            }
            else if (analysed.TryGetValue(i, out var pieces))
            {
                var result = SentimentMapper.Merge(pieces, prepared[i].Language);
                outcomes[i] = new AzureSentimentOutcome(result, null);
                await WriteCacheAsync(prepared[i].CacheKey, result, settings.CacheTtl, cancellationToken);
            }
        }

        return outcomes.Select(o => o!).ToList();

        void MarkFailed(IEnumerable<(int Request, TextPiece Piece, TextDocument Document)> batch, AzureLanguageException failure)
        {
            foreach (var (request, _, _) in batch)
            {
                outcomes[request] ??= new AzureSentimentOutcome(null, failure);
            }
        }
    }

    /// <summary>Consecutive batches of at most <see cref="AzureLanguageClient.MaxDocumentsPerRequest"/> documents and
    /// <see cref="AzureLanguageClient.MaxRequestBytes"/> bytes, in order. A single document over the byte limit
    /// goes alone (the service then refuses just that request).</summary>
    internal static IEnumerable<IReadOnlyList<T>> Batches<T>(IEnumerable<T> documents, Func<T, int> size)
    {
        var batch = new List<T>();
        var bytes = 0;
        foreach (var document in documents)
        {
            var length = size(document);
            if (batch.Count == AzureLanguageClient.MaxDocumentsPerRequest || (batch.Count > 0 && bytes + length > AzureLanguageClient.MaxRequestBytes))
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }

            batch.Add(document);
            bytes += length;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The language code sent to the service.</summary>
    internal static string Code(Language language) => language == Language.English ? "en" : "es";

    /// <summary>SHA-256 of model version, language and redacted text: the text itself never becomes a key.</summary>
    private static string CacheKey(string modelVersion, Language language, string redactedText)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{modelVersion}\n{Code(language)}\n{redactedText}"));
        return "sentiment:azure:" + Convert.ToHexStringLower(hash);
    }

    private async Task<SentimentResult?> ReadCacheAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await cache.GetAsync(key, cancellationToken);
            return bytes is null ? null : JsonSerializer.Deserialize<SentimentResult>(bytes, CacheJson);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A cache that is down or holds an old shape costs a call to the service, nothing more.
            LogCacheFailure(logger, ex);
            return null;
        }
    }

    private async Task WriteCacheAsync(string key, SentimentResult result, TimeSpan ttl, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(result, CacheJson);
            await cache.SetAsync(key, bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = ttl }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCacheFailure(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Azure AI Language refused text {Index}: {ErrorCode}")]
    private static partial void LogDocumentError(ILogger logger, int index, string errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sentiment cache unavailable; calling the service")]
    private static partial void LogCacheFailure(ILogger logger, Exception exception);

    private sealed record Prepared(string Text, Language Language, string CacheKey);
}
