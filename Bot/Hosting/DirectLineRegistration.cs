using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SupportBot.Bot.BotFramework;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Hosting;

/// <summary>The embedded Direct Line 3.0 channel (<c>/v3/directline</c>) that Web Chat talks to when there is no
/// Azure Bot Service, and its in-memory Bot Connector.
/// <para>Security model: the channel is the only way in — its turns run in process through
/// <see cref="SupportBotAdapter.ProcessInProcessAsync"/> (never through <c>/api/messages</c>), and the bot's replies go
/// to <see cref="EmbeddedConnector.ServiceUrl"/> (<c>https://directline.embedded/</c>), a host name served only by an
/// in-memory <see cref="HttpMessageHandler"/> that the adapter's connector clients use: the connector is not on the
/// network at all, so nobody but this bot can post into a conversation as the bot. Clients hold HMAC-signed tokens
/// scoped to one conversation. With a MicrosoftAppId configured the channel keeps working the same way (turns get the
/// bot's own identity, connector calls stay in memory and need no Azure AD token).</para></summary>
public static partial class DirectLineRegistration
{
    /// <summary>Registers the channel's services (only when <c>DirectLine:Enabled</c> is not false).</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        // The 429 answer itself is the one of SecurityRegistration.
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(DirectLineApi.TokenPolicy, http => PerClientAddress(http, o => o.TokenRequestsPerMinute));
            limiter.AddPolicy(DirectLineApi.PostPolicy, http => PerClientAddress(http, o => o.PostsPerMinute));
        });
        if (!IsEnabled(configuration))
        {
            return services;
        }

        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<AppendSignals>();
        services.AddSingleton<IDirectLineStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DirectLineOptions>>().Value;
            var store = options.Store ?? sp.GetRequiredService<IOptions<StateOptions>>().Value.Provider;
            return store == StateProvider.Redis
                ? ActivatorUtilities.CreateInstance<RedisDirectLineStore>(sp)
                : ActivatorUtilities.CreateInstance<InMemoryDirectLineStore>(sp);
        });
        services.AddSingleton<DirectLineLog>();
        services.AddSingleton<EmbeddedConnector>();
        services.AddSingleton<EmbeddedChannel>();
        services.AddSingleton<IInProcessChannel>(sp => sp.GetRequiredService<EmbeddedChannel>());
        services.AddSingleton<ConversationTurnLease>();
        services.AddSingleton<DirectLineTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineTurns>());
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineSocket>();
        services.AddSingleton<DirectLineApi>();

        return services;
    }

    /// <summary>Maps <c>/v3/directline</c> (when enabled). Needs <c>UseWebSockets</c> and <c>UseRateLimiter</c>
    /// earlier in the pipeline (see <see cref="SupportBotApplication.MapSupportBot"/>).</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (IsEnabled(app.Configuration))
        {
            // Build the token service now: its warning about a missing secret belongs to start-up.
            _ = app.Services.GetRequiredService<DirectLineTokens>();
            DirectLineApi.Map(app);
            if (!string.IsNullOrWhiteSpace(app.Configuration["MicrosoftAppId"]))
            {
                LogWithAppId(app.Logger);
            }
        }
        else
        {
            LogDisabled(app.Logger);
        }

        return app;
    }

    private static bool IsEnabled(IConfiguration configuration)
        => !string.Equals(configuration[$"{DirectLineOptions.SectionName}:{nameof(DirectLineOptions.Enabled)}"], "false", StringComparison.OrdinalIgnoreCase);

    // Keyed by the client's address: behind a proxy, set ReverseProxy:Enabled so that it is the client's, not the proxy's.
    private static RateLimitPartition<string> PerClientAddress(HttpContext http, Func<DirectLineOptions, int> permits)
        => SecurityRegistration.PerMinute(
            SecurityRegistration.ClientAddress(http), permits(http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value));

    [LoggerMessage(Level = LogLevel.Information, Message = "The embedded Direct Line channel is off (DirectLine:Enabled=false): Web Chat needs an external Direct Line such as Azure's.")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "MicrosoftAppId is set: /api/messages requires signed channel requests, and the embedded " +
        "Direct Line channel (/v3/directline) keeps serving Web Chat in process. Using Azure's Direct Line instead? Set DirectLine:Enabled=false.")]
    private static partial void LogWithAppId(ILogger logger);
}
