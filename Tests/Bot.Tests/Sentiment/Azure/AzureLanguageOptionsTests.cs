using Microsoft.Extensions.Options;
using SupportBot.Bot.Sentiment.Azure;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>Start-up validation of <c>Sentiment:Azure</c>: a host switched to Azure without its settings does
/// not start, and says what to set.</summary>
public sealed class AzureLanguageOptionsTests
{
    [Theory]
    [InlineData(null, "key", "Sentiment:Azure:Endpoint")]
    [InlineData("not a url", "key", "Sentiment:Azure:Endpoint")]
    [InlineData("ftp://example.com", "key", "Sentiment:Azure:Endpoint")]
    [InlineData("https://my-resource.cognitiveservices.azure.com", null, "Sentiment:Azure:Key")]
    [InlineData("https://my-resource.cognitiveservices.azure.com", " ", "Sentiment:Azure:Key")]
    public async Task MissingSetting_HostFailsToStart_NamingIt(string? endpoint, string? key, string expected)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Sentiment:Azure:Endpoint"] = endpoint,
            ["Sentiment:Azure:Key"] = key,
        }));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Contains("Sentiment:Provider", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeoutLongerThanTotal_HostFailsToStart()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Sentiment:Azure:Endpoint"] = "https://my-resource.cognitiveservices.azure.com",
            ["Sentiment:Azure:Key"] = "key",
            ["Sentiment:Azure:Timeout"] = "00:01:00",
        }));

        Assert.Contains("Sentiment:Azure:TotalTimeout", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteSettings_HostStarts_WithDefaults()
    {
        using var host = await StartAsync(new Dictionary<string, string?>
        {
            ["Sentiment:Azure:Endpoint"] = "https://my-resource.cognitiveservices.azure.com",
            ["Sentiment:Azure:Key"] = "key",
        });

        var options = host.Services.GetRequiredService<IOptions<AzureLanguageOptions>>().Value;
        Assert.Equal("latest", options.ModelVersion);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.MaxRetryAfter);
        Assert.Equal(TimeSpan.FromDays(1), options.CacheTtl);
        Assert.IsType<FallbackSentimentAnalyzer>(host.Services.GetRequiredService<ISentimentAnalyzer>());
        await host.StopAsync();
    }

    private static Task<IHost> StartAsync(Dictionary<string, string?> settings) => StartupHost.StartAsync(settings, (services, _) => services
        .AddDistributedMemoryCache()
        .AddKeyedSingleton<ISentimentAnalyzer, RecordingOfflineAnalyzer>(FallbackSentimentAnalyzer.OfflineKey)
        .AddAzureSentiment());
}
