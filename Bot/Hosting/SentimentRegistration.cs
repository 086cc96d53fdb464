using SupportBot.Bot.Sentiment;
using SupportBot.Bot.Sentiment.Azure;
using SupportBot.Bot.Sentiment.Offline;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Hosting;

/// <summary>The sentiment analyzer the dialogs read customer comments with.</summary>
public static class SentimentRegistration
{
    /// <summary>Registers the offline analyzer (always: it is the default and the fallback, also as the keyed service
    /// <c>"offline"</c>) and, by <c>Sentiment:Provider</c>, the <see cref="ISentimentAnalyzer"/> the dialogs get.</summary>
    public static IServiceCollection AddSentiment(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SentimentOptions>()
            .BindConfiguration(SentimentOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<OfflineSentimentAnalyzer>();
        services.AddKeyedSingleton<ISentimentAnalyzer>(OfflineSentimentAnalyzer.ProviderName, (sp, _) => sp.GetRequiredService<OfflineSentimentAnalyzer>());

        var provider = configuration.GetSection(SentimentOptions.SectionName).Get<SentimentOptions>()?.Provider ?? SentimentProvider.Offline;
        if (provider == SentimentProvider.Offline)
        {
            services.AddSingleton<ISentimentAnalyzer>(sp => sp.GetRequiredService<OfflineSentimentAnalyzer>());
        }
        else
        {
            // Azure AI Language over REST, falling back to the offline analyzer when it fails.
            services.AddAzureSentiment();
        }

        return services;
    }
}
