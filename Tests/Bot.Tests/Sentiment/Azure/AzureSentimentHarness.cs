using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SupportBot.Bot.Sentiment.Azure;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>The production registration (<c>AddAzureSentiment</c>) pointed at a fresh emulator, with a memory
/// distributed cache, a recording offline analyzer and a collector on the fallback counter. Delays are kept
/// short through the options, not by replacing the client.</summary>
public sealed class AzureSentimentHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AzureSentimentHarness(AzureLanguageEmulator emulator, ServiceProvider services, RecordingOfflineAnalyzer offline)
    {
        Emulator = emulator;
        _services = services;
        Offline = offline;
        Fallbacks = new MetricCollector<long>(services.GetRequiredService<IMeterFactory>(), SentimentMetrics.MeterName, SentimentMetrics.FallbacksCounterName);
        Analyzer = services.GetRequiredService<ISentimentAnalyzer>();
    }

    public AzureLanguageEmulator Emulator { get; }

    public RecordingOfflineAnalyzer Offline { get; }

    public ISentimentAnalyzer Analyzer { get; }

    public MetricCollector<long> Fallbacks { get; }

    public IServiceProvider Services => _services;

    public static async Task<AzureSentimentHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var emulator = await AzureLanguageEmulator.StartAsync();
        var effective = new Dictionary<string, string?>
        {
            ["Sentiment:Provider"] = "Azure",
            ["Sentiment:Azure:Endpoint"] = emulator.Endpoint.ToString(),
            ["Sentiment:Azure:Key"] = AzureLanguageEmulator.ValidKey,
            ["Sentiment:Azure:Timeout"] = "00:00:02",
            ["Sentiment:Azure:TotalTimeout"] = "00:00:06",
            ["Sentiment:Azure:RetryDelay"] = "00:00:00.020",
            ["Sentiment:Azure:MaxRetryAfter"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(effective).Build();
        var offline = new RecordingOfflineAnalyzer();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddDistributedMemoryCache()
            .AddKeyedSingleton<ISentimentAnalyzer>(FallbackSentimentAnalyzer.OfflineKey, offline)
            .AddAzureSentiment()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new AzureSentimentHarness(emulator, services, offline);
    }

    /// <summary>Analyses texts with no language given.</summary>
    public Task<IReadOnlyList<SentimentResult>> AnalyzeAsync(params string[] texts)
        => Analyzer.AnalyzeAsync(texts.Select(t => new SentimentRequest(t)).ToList(), CancellationToken.None);

    /// <summary>The fallbacks counted so far, by reason.</summary>
    public IReadOnlyDictionary<string, long> FallbacksByReason() => Fallbacks.GetMeasurementSnapshot()
        .GroupBy(m => (string)m.Tags["reason"]!)
        .ToDictionary(g => g.Key, g => g.Sum(m => m.Value));

    public async ValueTask DisposeAsync()
    {
        Fallbacks.Dispose();
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
