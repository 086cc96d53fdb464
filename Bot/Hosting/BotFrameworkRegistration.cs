using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SupportBot.Bot.BotFramework;
using SupportBot.Bot.Teams;
using SupportBot.Dialogs.Channels;
using SupportBot.Dialogs.Main;

namespace SupportBot.Bot.Hosting;

/// <summary>The Bot Framework adapter, its authentication and the bot.</summary>
public static class BotFrameworkRegistration
{
    /// <summary>Registers the adapter (channel JWT enforced whenever MicrosoftAppId is configured) and the bot.</summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient();
        services.AddOptions<MessagesEndpointOptions>()
            .BindConfiguration(MessagesEndpointOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Reads MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId from the root.
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            configuration,
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.AddSingleton<CurrentTurn>();
        services.AddSingleton<ChannelRendering>();
        services.AddSingleton<SupportBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<SupportBotAdapter>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<SupportBotAdapter>());
        services.AddSingleton<SupportBotActivityHandler>();
        // Teams channel activities are the agents' side; the rest reaches the customer bot.
        services.AddSingleton<IBot, TeamsAgentChannelBot>();
        return services;
    }
}
