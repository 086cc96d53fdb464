using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Sentiment;
using SupportBot.Bot.Sentiment.Offline;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Sentiment.Offline;

public sealed class SentimentRegistrationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Offline")]
    public void OfflineProvider_IsTheAnalyzerAndTheKeyedFallback(string? provider)
    {
        using var services = Build(provider);

        var analyzer = services.GetRequiredService<ISentimentAnalyzer>();
        Assert.IsType<OfflineSentimentAnalyzer>(analyzer);
        Assert.Same(analyzer, services.GetRequiredKeyedService<ISentimentAnalyzer>("offline"));
        Assert.Same(analyzer, services.GetRequiredService<OfflineSentimentAnalyzer>());
        Assert.Equal(SentimentProvider.Offline, services.GetRequiredService<IOptions<SentimentOptions>>().Value.Provider);
    }

    [Fact]
    public void AzureProvider_IsAzureWithTheOfflineFallback()
    {
        using var services = Build("Azure", Setting("Sentiment:Azure:Endpoint", "https://example.cognitiveservices.azure.com"), Setting("Sentiment:Azure:Key", "k-0123456789"));

        Assert.IsType<Bot.Sentiment.Azure.FallbackSentimentAnalyzer>(services.GetRequiredService<ISentimentAnalyzer>());
        Assert.IsType<OfflineSentimentAnalyzer>(services.GetRequiredKeyedService<ISentimentAnalyzer>("offline"));
    }

    [Fact]
    public void AzureProvider_WithoutItsKey_FailsAtStartupNamingIt()
    {
        using var services = Build("Azure", Setting("Sentiment:Azure:Endpoint", "https://example.cognitiveservices.azure.com"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Bot.Sentiment.Azure.AzureLanguageOptions>>().Value);
        Assert.Contains("Sentiment:Azure:Key", error.Message, StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string?> Setting(string key, string value) => new(key, value);

    private static ServiceProvider Build(string? provider, params KeyValuePair<string, string?>[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(provider is null ? settings : [new("Sentiment:Provider", provider), .. settings])
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddDistributedMemoryCache()
            .AddSentiment(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
