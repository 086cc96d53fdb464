using System.Diagnostics;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>Retries, timeouts and the offline fallback, with faults scripted in the emulator. Delays are real
/// but short: the harness configures attempt timeouts and back-off in milliseconds.</summary>
public sealed class AzureSentimentFallbackTests
{
    private const string Complaint = "La entrega llegó tarde.";

    [Fact]
    public async Task WrongKey_FallsBackWithoutRetry()
    {
        await using var harness = await AzureSentimentHarness.StartAsync(new Dictionary<string, string?> { ["Sentiment:Azure:Key"] = "wrong-key" });

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        AssertFallback(result);
        var request = Assert.Single(harness.Emulator.Requests);
        Assert.Equal("wrong-key", request.Key);
        Assert.Equal(1, harness.FallbacksByReason()["unauthorized"]);
        Assert.Equal([Complaint], harness.Offline.Texts);
    }

    [Fact]
    public async Task Throttled_RetryAfterHonoured_ThenSuccess()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorFault.Throttled("1"));
        var clock = Stopwatch.StartNew();

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        Assert.False(result.IsFallback);
        Assert.Equal(SentimentLabel.Negative, result.Label);
        Assert.Equal(2, harness.Emulator.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}");
        Assert.Empty(harness.FallbacksByReason());
    }

    [Fact]
    public async Task Throttled_RetryAfterAsDate_ThenSuccess()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorFault.Throttled(DateTimeOffset.UtcNow.AddSeconds(1).ToString("R")));

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        Assert.False(result.IsFallback);
        Assert.Equal(2, harness.Emulator.Requests.Count);
    }

    [Fact]
    public async Task Throttled_RetryAfterBeyondCap_FallsBackWithoutWaiting()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        harness.Emulator.PermanentFault = EmulatorFault.Throttled("3600");
        var clock = Stopwatch.StartNew();

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        AssertFallback(result);
        Assert.Single(harness.Emulator.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(1, harness.FallbacksByReason()["throttled"]);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task TransientServerError_RetriedThenSuccess(int status)
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorFault.ServerError(status));

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        Assert.False(result.IsFallback);
        Assert.Equal("azure", result.Provider);
        Assert.Equal(2, harness.Emulator.Requests.Count);
    }

    [Fact]
    public async Task PermanentServerError_FallsBackAfterRetries_CountsFallback()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        harness.Emulator.PermanentFault = EmulatorFault.ServerError();

        var results = await harness.AnalyzeAsync(Complaint, "El producto es genial.");

        Assert.All(results, AssertFallback);
        Assert.Equal(4, harness.Emulator.Requests.Count); // first attempt + 3 retries
        Assert.Equal(new Dictionary<string, long> { ["server_error"] = 2 }, harness.FallbacksByReason());
    }

    [Fact]
    public async Task SlowService_TimesOut_FallsBack()
    {
        await using var harness = await AzureSentimentHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Sentiment:Azure:Timeout"] = "00:00:00.300",
            ["Sentiment:Azure:TotalTimeout"] = "00:00:01",
        });
        harness.Emulator.PermanentFault = EmulatorFault.Slow(TimeSpan.FromSeconds(5));
        var clock = Stopwatch.StartNew();

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        AssertFallback(result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Equal(1, harness.FallbacksByReason()["timeout"]);
    }

    [Fact]
    public async Task SlowFirstAttempt_RetriedWithinTotalTimeout()
    {
        await using var harness = await AzureSentimentHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Sentiment:Azure:Timeout"] = "00:00:00.300",
        });
        harness.Emulator.Enqueue(EmulatorFault.Slow(TimeSpan.FromSeconds(5)));

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        Assert.False(result.IsFallback);
        Assert.Equal(2, harness.Emulator.Requests.Count);
    }

    [Fact]
    public async Task MalformedJson_FallsBackWithoutRetry()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        harness.Emulator.PermanentFault = EmulatorFault.MalformedJson;

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        AssertFallback(result);
        Assert.Single(harness.Emulator.Requests);
        Assert.Equal(1, harness.FallbacksByReason()["malformed_response"]);
    }

    [Fact]
    public async Task QuotaExceeded_RetryAfterOfDaysNotWaited_FallsBack()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        harness.Emulator.PermanentFault = EmulatorFault.QuotaExceeded(TimeSpan.FromDays(15));
        var clock = Stopwatch.StartNew();

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        AssertFallback(result);
        Assert.Single(harness.Emulator.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(1, harness.FallbacksByReason()["forbidden"]);
    }

    [Fact]
    public async Task SecondBatchFails_OnlyItsTextsFallBack()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorFault.None);
        harness.Emulator.PermanentFault = EmulatorFault.ServerError(503);
        var texts = Enumerable.Range(0, 12).Select(i => $"Pedido {i}: la entrega llegó tarde.").ToArray();

        var results = await harness.AnalyzeAsync(texts);

        Assert.All(results.Take(10), r => Assert.False(r.IsFallback));
        Assert.All(results.Take(10), r => Assert.Equal("azure", r.Provider));
        Assert.All(results.Skip(10), AssertFallback);
        Assert.Equal(texts.Skip(10), harness.Offline.Texts);
        Assert.Equal(2, harness.FallbacksByReason()["server_error"]);
    }

    [Fact]
    public async Task RepeatedOutage_CircuitOpens_LaterCallsFallBackWithoutRequests()
    {
        await using var harness = await AzureSentimentHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Sentiment:Azure:MaxRetries"] = "0",
            ["Sentiment:Azure:BreakDuration"] = "00:01:00",
        });
        harness.Emulator.PermanentFault = EmulatorFault.ServerError(503);

        for (var i = 0; i < 5; i++)
        {
            AssertFallback(Assert.Single(await harness.AnalyzeAsync(Complaint)));
        }

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        AssertFallback(result);
        Assert.Equal(5, harness.Emulator.Requests.Count);
        Assert.Equal(new Dictionary<string, long> { ["server_error"] = 5, ["circuit_open"] = 1 }, harness.FallbacksByReason());
    }

    [Fact]
    public async Task CallerCancels_CancellationPropagates_NoFallback()
    {
        await using var harness = await AzureSentimentHarness.StartAsync();
        harness.Emulator.PermanentFault = EmulatorFault.Slow(TimeSpan.FromSeconds(5));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => harness.Analyzer.AnalyzeAsync([new SentimentRequest(Complaint)], cancellation.Token));

        Assert.Empty(harness.Offline.Texts);
        Assert.Empty(harness.FallbacksByReason());
    }

    [Fact]
    public async Task ServiceDown_FallsBack()
    {
        var emulator = await AzureLanguageEmulator.StartAsync();
        var endpoint = emulator.Endpoint.ToString();
        await emulator.DisposeAsync();
        await using var harness = await AzureSentimentHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Sentiment:Azure:Endpoint"] = endpoint,
            ["Sentiment:Azure:MaxRetries"] = "1",
        });

        var result = Assert.Single(await harness.AnalyzeAsync(Complaint));

        AssertFallback(result);
        Assert.Equal(1, harness.FallbacksByReason()["network"]);
    }

    private static void AssertFallback(SentimentResult result)
    {
        Assert.True(result.IsFallback);
        Assert.Equal("offline", result.Provider);
        Assert.Null(result.Error);
    }
}
