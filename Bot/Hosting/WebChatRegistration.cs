using SupportBot.Bot.WebChat;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.WebChat;

namespace SupportBot.Bot.Hosting;

/// <summary>The customer Web Chat page's server side: its options, the shop link signature check the dialogs use, the
/// page's event handler and the Azure Direct Line token exchange.</summary>
public static class WebChatRegistration
{
    /// <summary>Registers the Web Chat services.</summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ICustomerLinkVerifier, HmacCustomerLinkVerifier>();
        services.AddSingleton<WebChatPageEvents>();
        services.AddHttpClient<DirectLineTokenClient>(http => http.Timeout = TimeSpan.FromSeconds(30))
            .AddStandardResilienceHandler(resilience =>
            {
                // Generating a token is not idempotent: one attempt, with a timeout.
                resilience.Retry.MaxRetryAttempts = 1;
                resilience.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
            });
        return services;
    }
}
