using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.BotFramework;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Azure AI Language sentiment, with the offline analyzer as its fallback.</summary>
public static class AzureSentimentRegistration
{
    /// <summary>The name of the client's resilience pipeline.</summary>
    public const string PipelineName = "azure-language";

    /// <summary>Registers <see cref="AzureLanguageOptions"/> (validated at start-up), the typed client with its
    /// resilience handler, <see cref="AzureSentimentAnalyzer"/> and, as <see cref="ISentimentAnalyzer"/>, the
    /// <see cref="FallbackSentimentAnalyzer"/> over it. Expects an <c>IDistributedCache</c> and a keyed
    /// ("offline") <see cref="ISentimentAnalyzer"/> to be registered.</summary>
    public static IServiceCollection AddAzureSentiment(this IServiceCollection services)
    {
        services.AddOptions<AzureLanguageOptions>()
            .BindConfiguration(AzureLanguageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<SentimentMetrics>();

        services.AddHttpClient<AzureLanguageClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<AzureLanguageOptions>>().Value;
                // The resilience pipeline owns the timeouts.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.Add(AzureLanguageClient.KeyHeader, options.Key);
            })
            // The analyzer is a singleton and keeps its client: pooled connections are renewed instead of handlers.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(PipelineName, (builder, context) => AzureLanguageResilience.Configure(
                builder,
                context.ServiceProvider.GetRequiredService<IOptions<AzureLanguageOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));

        services.AddSingleton<AzureSentimentAnalyzer>();
        services.TryAddSingleton<CurrentTurn>();
        services.AddSingleton<ISentimentAnalyzer, FallbackSentimentAnalyzer>();
        return services;
    }
}
