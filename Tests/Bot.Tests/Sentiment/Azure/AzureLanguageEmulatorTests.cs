using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>The emulator itself answers like the documented service, so the client tests mean something.</summary>
public sealed class AzureLanguageEmulatorTests
{
    private const string Path = "language/:analyze-text?api-version=2023-04-01";

    [Fact]
    public async Task NoKey_401WithGatewayBody()
    {
        await using var emulator = await AzureLanguageEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var response = await http.PostAsync(new Uri(Path, UriKind.Relative), Json(Body(("1", "es", "Hola."))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("401", error["code"]!.GetValue<string>());
        Assert.StartsWith("Access denied due to invalid subscription key or wrong API endpoint.", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ElevenDocuments_400InvalidDocumentBatch()
    {
        await using var emulator = await AzureLanguageEmulator.StartAsync();

        var (status, body) = await PostAsync(emulator, Body([.. Enumerable.Range(0, 11).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), "es", "Hola."))]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidRequest", body["error"]!["code"]!.GetValue<string>());
        Assert.Equal("InvalidDocumentBatch", body["error"]!["innererror"]!["code"]!.GetValue<string>());
        Assert.Equal("Batch request contains too many records. Max 10 records are permitted.", body["error"]!["innererror"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task WrongApiVersion_Refused()
    {
        await using var emulator = await AzureLanguageEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, "language/:analyze-text?api-version=2022-05-01") { Content = Json(Body(("1", "es", "Hola."))) };
        request.Headers.Add("Ocp-Apim-Subscription-Key", AzureLanguageEmulator.ValidKey);

        using var response = await http.SendAsync(request);

        Assert.False(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task BadDocuments_ErrorsAtHttp200_OthersAnalysed()
    {
        await using var emulator = await AzureLanguageEmulator.StartAsync();

        var (status, body) = await PostAsync(emulator, Body(
            ("a", "es", ""),
            ("b", "xx", "Hola."),
            ("c", "es", new string('a', 5121)),
            ("d", "es", "La entrega llegó tarde.")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("SentimentAnalysisResults", body["kind"]!.GetValue<string>());
        var results = body["results"]!;
        Assert.Equal(AzureLanguageEmulator.ModelVersion, results["modelVersion"]!.GetValue<string>());
        Assert.Equal("d", Assert.Single(results["documents"]!.AsArray())!["id"]!.GetValue<string>());
        var errors = results["errors"]!.AsArray().ToDictionary(e => e!["id"]!.GetValue<string>(), e => e!["error"]!);
        Assert.Equal("InvalidDocument", errors["a"]["innererror"]!["code"]!.GetValue<string>());
        Assert.Equal("UnsupportedLanguageCode", errors["b"]["innererror"]!["code"]!.GetValue<string>());
        Assert.Equal("InvalidDocument", errors["c"]["innererror"]!["code"]!.GetValue<string>());
        Assert.Contains("5120 text elements", errors["c"]["innererror"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Utf16CodeUnit", 10)]
    [InlineData("UnicodeCodePoint", 9)]
    [InlineData("TextElements_v8", 9)]
    public async Task Offsets_InTheRequestedUnit(string indexType, int secondSentenceOffset)
    {
        await using var emulator = await AzureLanguageEmulator.StartAsync();
        var request = Body(("1", "es", "¡Hola 👋! La entrega llegó tarde."));
        request["parameters"]!["stringIndexType"] = indexType;

        var (_, body) = await PostAsync(emulator, request);

        var sentences = body["results"]!["documents"]![0]!["sentences"]!.AsArray();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(secondSentenceOffset, sentences[1]!["offset"]!.GetValue<int>());
        var target = Assert.Single(sentences[1]!["targets"]!.AsArray())!;
        Assert.Equal("entrega", target["text"]!.GetValue<string>());
        Assert.Equal("#/documents/0/sentences/1/assessments/0", target["relations"]![0]!["ref"]!.GetValue<string>());
        Assert.Equal("tarde", sentences[1]!["assessments"]![0]!["text"]!.GetValue<string>());
    }

    private static JsonObject Body(params (string Id, string Language, string Text)[] documents) => new()
    {
        ["kind"] = "SentimentAnalysis",
        ["parameters"] = new JsonObject { ["modelVersion"] = "latest", ["opinionMining"] = true, ["stringIndexType"] = "Utf16CodeUnit" },
        ["analysisInput"] = new JsonObject
        {
            ["documents"] = new JsonArray([.. documents.Select(d => (JsonNode)new JsonObject { ["id"] = d.Id, ["language"] = d.Language, ["text"] = d.Text })]),
        },
    };

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(AzureLanguageEmulator emulator, JsonNode body)
    {
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Json(body) };
        request.Headers.Add("Ocp-Apim-Subscription-Key", AzureLanguageEmulator.ValidKey);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
