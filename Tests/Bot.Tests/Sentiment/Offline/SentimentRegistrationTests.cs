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
    public void AzureProvider_FailsAtStartupSayingItIsNotAvailable()
    {
        using var services = Build("Azure");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SentimentOptions>>().Value);
        Assert.Contains("Sentiment:Provider=Azure is not available in this build", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string? provider)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(provider is null ? [] : [new("Sentiment:Provider", provider)])
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSentiment(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
