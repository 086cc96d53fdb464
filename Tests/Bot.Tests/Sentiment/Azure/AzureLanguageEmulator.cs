using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>A local Azure AI Language: real Kestrel on a free loopback port, speaking
/// <c>POST /language/:analyze-text?api-version=2023-04-01</c> (kind SentimentAnalysis) with the documented
/// request checks, per-document errors and answer shapes, plus scripted faults. Records what it receives.</summary>
public sealed class AzureLanguageEmulator : IAsyncDisposable
{
    public const string ValidKey = "emulator-key-0123456789";

    public const string ModelVersion = "2022-11-01";

    private const string Route = "/language/:analyze-text";

    private static readonly HashSet<string> SupportedLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "en", "es", "fr", "de", "it", "pt", "pt-PT", "pt-BR", "nl", "ja", "zh", "zh-hans",
    };

    private static readonly HashSet<string> IndexTypes = new(StringComparer.Ordinal) { "TextElements_v8", "UnicodeCodePoint", "Utf16CodeUnit" };

    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<EmulatorFault> _faults = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private AzureLanguageEmulator(LoopbackServer server)
    {
        _server = server;
        Endpoint = server.Address;
    }

    /// <summary>The endpoint to configure as <c>Sentiment:Azure:Endpoint</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>Every request received, in order (faulted ones included).</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>A fault applied to every request once the scripted queue is empty.</summary>
    public EmulatorFault? PermanentFault { get; set; }

    public static async Task<AzureLanguageEmulator> StartAsync()
    {
        AzureLanguageEmulator? emulator = null;
        var server = await LoopbackServer.StartAsync(context => emulator!.HandleAsync(context));
        emulator = new AzureLanguageEmulator(server);
        return emulator;
    }

    /// <summary>Scripts the answers to the next requests, one fault per request.</summary>
    public void Enqueue(params EmulatorFault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        context.Response.Headers["apim-request-id"] = Guid.NewGuid().ToString();
        if (!HttpMethods.IsPost(request.Method) || request.Path.Value != Route)
        {
            await WriteAsync(context, 404, """{"error":{"code":"404","message":"Resource not found"}}""");
            return;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        JsonNode? json = null;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            // Answered below, after the request is recorded.
        }

        var key = request.Headers["Ocp-Apim-Subscription-Key"].ToString();
        var apiVersion = request.Query["api-version"].ToString();
        var documents = json?["analysisInput"]?["documents"] as JsonArray;
        var recorded = (documents ?? [])
            .Select(d => new RecordedDocument(d?["id"]?.ToString() ?? string.Empty, d?["text"]?.ToString() ?? string.Empty, d?["language"]?.ToString()))
            .ToList();
        var parameters = json?["parameters"];
        var indexType = parameters?["stringIndexType"]?.ToString();
        _requests.Enqueue(new RecordedRequest(
            key.Length == 0 ? null : key, apiVersion.Length == 0 ? null : apiVersion, body, recorded, indexType,
            parameters?["opinionMining"]?.GetValue<bool>()));

        // The gateway checks the key before anything reaches the service.
        if (key != ValidKey)
        {
            await WriteAsync(context, 401,
                """{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}""");
            return;
        }

        if (_faults.TryDequeue(out var fault) || (fault = PermanentFault) is not null)
        {
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, context.RequestAborted);
            }

            if (fault.Status is { } status)
            {
                if (fault.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = fault.RetryAfter;
                }

                await WriteAsync(context, status, fault.Body);
                return;
            }
        }

        if (Encoding.UTF8.GetByteCount(body) > 1024 * 1024)
        {
            await RequestErrorAsync(context, 413, "InvalidRequest", "InvalidDocumentBatch", "Request payload is too large. Limit request size to: 1 MB.");
            return;
        }

        if (apiVersion != "2023-04-01")
        {
            await RequestErrorAsync(context, 404, "NotFound", null, $"Unsupported api-version '{apiVersion}'. Supported: 2023-04-01.");
            return;
        }

        if (json is null)
        {
            await RequestErrorAsync(context, 400, "InvalidRequest", "InvalidRequestBodyFormat", "Request body is not valid JSON.");
            return;
        }

        if (json["kind"]?.ToString() != "SentimentAnalysis")
        {
            await RequestErrorAsync(context, 400, "InvalidRequest", "InvalidParameterValue", "Invalid kind; this emulator serves SentimentAnalysis.");
            return;
        }

        indexType ??= "TextElements_v8";
        if (!IndexTypes.Contains(indexType))
        {
            await RequestErrorAsync(context, 400, "InvalidArgument", "InvalidParameterValue", $"Invalid stringIndexType '{indexType}'.");
            return;
        }

        if (documents is null || documents.Count == 0)
        {
            await RequestErrorAsync(context, 400, "InvalidRequest", "MissingInputDocuments", "Missing input documents.");
            return;
        }

        if (documents.Count > 10)
        {
            await RequestErrorAsync(context, 400, "InvalidRequest", "InvalidDocumentBatch", "Batch request contains too many records. Max 10 records are permitted.", "Invalid document in request.");
            return;
        }

        if (recorded.Any(d => d.Id.Length == 0) || recorded.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() != recorded.Count)
        {
            await RequestErrorAsync(context, 400, "InvalidArgument", "InvalidDocument", "Request contains duplicated or empty Ids. Make sure each document has a unique Id.");
            return;
        }

        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in recorded)
        {
            var language = document.Language ?? "en";
            if (string.IsNullOrWhiteSpace(document.Text))
            {
                errors.Add(DocumentError(document.Id, "Invalid document in request.", "InvalidDocument", "Document text is empty."));
            }
            else if (!SupportedLanguages.Contains(language))
            {
                errors.Add(DocumentError(document.Id, "Invalid Language Code.", "UnsupportedLanguageCode",
                    $"Invalid language code '{language}'. Supported languages: {string.Join(",", SupportedLanguages)}. For additional details see https://aka.ms/text-analytics/language-support"));
            }
            else if (new StringInfo(document.Text).LengthInTextElements > 5120)
            {
                errors.Add(DocumentError(document.Id, "Invalid document in request.", "InvalidDocument",
                    "A document within the request was too large to be processed. Limit document size to: 5120 text elements. For additional details on the data limitations see https://aka.ms/text-analytics-data-limits"));
            }
            else
            {
                results.Add(EmulatorAnalysis.Analyze(document.Id, document.Text, results.Count, indexType));
            }
        }

        var answer = new JsonObject
        {
            ["kind"] = "SentimentAnalysisResults",
            ["results"] = new JsonObject
            {
                ["documents"] = results,
                ["errors"] = errors,
                ["modelVersion"] = ModelVersion,
            },
        };
        await WriteAsync(context, 200, answer.ToJsonString());
    }

    private static JsonObject DocumentError(string id, string message, string innerCode, string innerMessage) => new()
    {
        ["id"] = id,
        ["error"] = new JsonObject
        {
            ["code"] = "InvalidArgument",
            ["message"] = message,
            ["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = innerMessage },
        },
    };

    private static Task RequestErrorAsync(HttpContext context, int status, string code, string? innerCode, string message, string? outerMessage = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = outerMessage ?? message };
        if (innerCode is not null)
        {
            error["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = message };
        }

        context.Response.Headers["x-ms-error-code"] = innerCode ?? code;
        return WriteAsync(context, status, new JsonObject { ["error"] = error }.ToJsonString());
    }

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }
}
