using System.Globalization;
using System.Text;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>The Azure analyzer, through the production registration, against the emulator: what it sends and how
/// it reads the answers.</summary>
public sealed class AzureSentimentAnalyzerTests
{
    [Fact]
    public async Task SpanishComplaint_OpinionMinedDeliveryNegative_OffsetsIndexTheText()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        const string text = "¡Hola 👋! La entrega llegó tarde y el paquete estaba roto.";

        var result = Assert.Single(await harness.AnalyzeAsync(text));

        Assert.Null(result.Error);
        Assert.False(result.IsFallback);
        Assert.Equal("azure", result.Provider);
        Assert.Equal(Language.Spanish, result.Language);
        Assert.Equal(SentimentLabel.Negative, result.Label);
        Assert.Equal(1.0, result.Scores.Positive + result.Scores.Neutral + result.Scores.Negative, 6);
        Assert.Equal(2, result.Sentences.Count);
        Assert.All(result.Sentences, s => Assert.Equal(s.Text, text.Substring(s.Offset, s.Length)));
        Assert.Equal(SentimentLabel.Neutral, result.Sentences[0].Label);
        Assert.Equal(SentimentLabel.Negative, result.Sentences[1].Label);

        var delivery = Assert.Single(result.Opinions, o => o.Target == "entrega");
        Assert.Equal(ServiceAspect.Delivery, delivery.Aspect);
        Assert.Equal(SentimentLabel.Negative, delivery.Label);
        Assert.Contains(delivery.Assessments, a => a.Text == "tarde" && a.Label == SentimentLabel.Negative && !a.IsNegated);

        var request = Assert.Single(harness.Emulator.Requests);
        Assert.Equal(AzureLanguageEmulator.ValidKey, request.Key);
        Assert.Equal("2023-04-01", request.ApiVersion);
        Assert.Equal("Utf16CodeUnit", request.StringIndexType);
        Assert.True(request.OpinionMining);
        Assert.Equal("es", Assert.Single(request.Documents).Language);
    }

    [Fact]
    public async Task MixedDocument_ExposesWorstSentence()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();

        var result = Assert.Single(await harness.AnalyzeAsync("El producto es genial. La atención fue pésima y nadie respondió."));

        Assert.Equal(SentimentLabel.Mixed, result.Label);
        var worst = Assert.IsType<SentenceSentiment>(result.WorstSentence);
        Assert.StartsWith("La atención", worst.Text, StringComparison.Ordinal);
        Assert.True(worst.Scores.Negative >= 0.7);
        Assert.Contains(result.Opinions, o => o.Aspect == ServiceAspect.Product && o.Label == SentimentLabel.Positive);
        Assert.Contains(result.Opinions, o => o.Aspect == ServiceAspect.Support && o.Label == SentimentLabel.Negative);
    }

    [Theory]
    [InlineData("La entrega fue rápida.", "es")]
    [InlineData("The delivery was fast and the agent was friendly.", "en")]
    public async Task NoLanguageGiven_DetectedAndSentExplicitly(string text, string expected)
    {
        await using var harness = await AzureSentimentHarness.StartAsync();

        var result = Assert.Single(await harness.AnalyzeAsync(text));

        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Equal(expected, Assert.Single(Assert.Single(harness.Emulator.Requests).Documents).Language);
    }

    [Fact]
    public async Task SpanishRequest_SendsEsEvenForAmbiguousText()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();

        await harness.Analyzer.AnalyzeAsync([new SentimentRequest("OK", Language.Spanish), new SentimentRequest("OK", Language.English)], CancellationToken.None);

        var documents = Assert.Single(harness.Emulator.Requests).Documents;
        Assert.Equal(["es", "en"], documents.Select(d => d.Language));
    }

    [Fact]
    public async Task TwentyThreeTexts_ThreeRequestsOfAtMostTen_ResultsInOrder()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        var texts = Enumerable.Range(0, 23)
            .Select(i => i % 2 == 0 ? $"Pedido {i}: el producto es genial." : $"Pedido {i}: la entrega llegó tarde.")
            .ToArray();

        var results = await harness.AnalyzeAsync(texts);

        Assert.Equal([10, 10, 3], harness.Emulator.Requests.Select(r => r.Documents.Count));
        Assert.Equal(texts, harness.Emulator.Requests.SelectMany(r => r.Documents).Select(d => d.Text));
        Assert.Equal(23, results.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(texts[i], Assert.Single(results[i].Sentences).Text);
            Assert.Equal(i % 2 == 0 ? SentimentLabel.Positive : SentimentLabel.Negative, results[i].Label);
        }
    }

    [Fact]
    public async Task TenHeavyTexts_SplitToStayUnderOneMegabyte()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        // 4,500 family emoji: within 5,120 text elements, but 112 KB of UTF-8 each (1.1 MB for ten).
        var texts = Enumerable.Range(0, 10).Select(i => $"Pedido {i}. " + string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 4500))).ToArray();

        var results = await harness.AnalyzeAsync(texts);

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.All(results, r => Assert.False(r.IsFallback));
        Assert.True(harness.Emulator.Requests.Count >= 2);
        Assert.All(harness.Emulator.Requests, r => Assert.True(Encoding.UTF8.GetByteCount(r.Body) <= 1_000_000));
        Assert.Equal(texts, harness.Emulator.Requests.SelectMany(r => r.Documents).Select(d => d.Text));
    }

    [Fact]
    public async Task TwelveThousandCharacters_SplitAtSentences_MergedWithOffsetsAndRuleLabel()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        var sentences = new List<string>();
        var length = 0;
        for (var i = 0; length < 12_000; i++)
        {
            // Mostly neutral, one negative sentence near the end and positive ones early on.
            var sentence = i switch
            {
                3 or 40 => $"El producto {i} es genial. ",
                300 => "La entrega llegó tarde. ",
                _ => $"Frase número {i.ToString(CultureInfo.InvariantCulture)} del comentario. ",
            };
            sentences.Add(sentence);
            length += sentence.Length;
        }

        var text = string.Concat(sentences).TrimEnd();
        Assert.True(text.Length >= 12_000);

        var result = Assert.Single(await harness.AnalyzeAsync(text));

        Assert.Null(result.Error);
        var documents = Assert.Single(harness.Emulator.Requests).Documents;
        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.True(new StringInfo(d.Text).LengthInTextElements <= 5120));
        Assert.Equal(text, string.Concat(documents.Select(d => d.Text)));
        Assert.All(documents.SkipLast(1), d => Assert.EndsWith(". ", d.Text, StringComparison.Ordinal));

        Assert.Equal(sentences.Count, result.Sentences.Count);
        Assert.All(result.Sentences, s => Assert.Equal(s.Text, text.Substring(s.Offset, s.Length)));
        Assert.Equal(sentences.Select(s => s.TrimEnd()), result.Sentences.Select(s => s.Text.TrimEnd()));
        Assert.Equal(SentimentLabel.Mixed, result.Label);
        Assert.Equal(SentimentLabel.Negative, result.WorstSentence?.Label);
        Assert.Equal(1.0, result.Scores.Positive + result.Scores.Neutral + result.Scores.Negative, 6);
        Assert.True(result.Scores.Neutral > 0.5);
    }

    [Fact]
    public async Task LongPositiveText_MergedLabelFollowsTheRule()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        var text = string.Concat(Enumerable.Range(0, 550).Select(i => i == 549 ? "Todo genial." : "Sin novedad en el pedido. "));

        var result = Assert.Single(await harness.AnalyzeAsync(text));

        Assert.Equal(3, Assert.Single(harness.Emulator.Requests).Documents.Count);
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Equal(550, result.Sentences.Count);
    }

    [Fact]
    public async Task DocumentError_SurfacesOnThatTextOnly()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();

        var results = await harness.AnalyzeAsync("El producto es genial.", "   ", "La entrega llegó tarde.");

        Assert.Single(harness.Emulator.Requests);
        Assert.Equal(SentimentLabel.Positive, results[0].Label);
        Assert.Equal(SentimentLabel.Negative, results[2].Label);
        Assert.All(results, r => Assert.False(r.IsFallback));
        Assert.Null(results[0].Error);
        Assert.Null(results[2].Error);
        var error = Assert.IsType<SentimentError>(results[1].Error);
        Assert.Equal("InvalidDocument", error.Code);
        Assert.Contains("empty", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SentimentLabel.Neutral, results[1].Label);
        Assert.Empty(results[1].Sentences);
        Assert.Equal("azure", results[1].Provider);
        Assert.Empty(harness.Offline.Texts);
        Assert.Empty(harness.FallbacksByReason());
    }

    [Fact]
    public async Task SameTextTwice_SecondFromCache()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();

        var first = Assert.Single(await harness.AnalyzeAsync("La entrega llegó tarde."));
        var second = Assert.Single(await harness.AnalyzeAsync("La entrega llegó tarde."));
        var other = Assert.Single(await harness.AnalyzeAsync("El producto es genial."));

        Assert.Equal(2, harness.Emulator.Requests.Count);
        Assert.Equal(first.Label, second.Label);
        Assert.Equal(first.Scores, second.Scores);
        Assert.Equal(first.Sentences.Select(s => (s.Text, s.Offset, s.Length, s.Label)), second.Sentences.Select(s => (s.Text, s.Offset, s.Length, s.Label)));
        Assert.Equal(ServiceAspect.Delivery, Assert.Single(second.Opinions).Aspect);
        Assert.Equal(SentimentLabel.Positive, other.Label);
    }

    [Fact]
    public async Task DocumentError_NotCached()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();

        await harness.AnalyzeAsync("");
        await harness.AnalyzeAsync("");

        Assert.Equal(2, harness.Emulator.Requests.Count);
    }

    [Fact]
    public async Task EmailInComment_NeverReachesTheService()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();

        await harness.AnalyzeAsync("Escribidme a ana.garcia@example.com, la entrega llegó tarde.");

        var sent = Assert.Single(Assert.Single(harness.Emulator.Requests).Documents).Text;
        Assert.DoesNotContain("ana.garcia@example.com", sent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ana.garcia@example.com", Assert.Single(harness.Emulator.Requests).Body, StringComparison.OrdinalIgnoreCase);
    }
}
