using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Bot.Insights;
using SupportBot.Bot.Invitations;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Invitations;

namespace SupportBot.Bot.Hosting;

/// <summary>Survey invitations after delivery: the store (SQLite or Redis by <c>Invitations:Store</c>), the recorder of
/// conversation references, the scheduler, the channel policy, the reply interrupt and the webhook's rate limit.</summary>
public static class InvitationRegistration
{
    /// <summary>The webhook's rate-limit policy (per client address).</summary>
    public const string WebhookPolicy = "order-events";

    /// <summary>Webhook calls one client address may make per minute.</summary>
    public const int WebhookRequestsPerMinute = 600;

    /// <summary>Registers the invitations' services.</summary>
    public static IServiceCollection AddInvitations(this IServiceCollection services)
    {
        services.AddOptions<InvitationOptions>().BindConfiguration(InvitationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<InvitationOptions>>(sp => new RedisRequirement<InvitationOptions>(
            sp.GetRequiredService<IOptions<RedisOptions>>(), o => o.Store == InvitationStoreProvider.Redis, "Invitations:Store", nameof(InvitationStoreProvider.Sqlite)));
        services.AddSingleton<IInvitationStore>(sp => sp.GetRequiredService<IOptions<InvitationOptions>>().Value.Store switch
        {
            InvitationStoreProvider.Redis => ActivatorUtilities.CreateInstance<RedisInvitationStore>(sp),
            _ => ActivatorUtilities.CreateInstance<SqliteInvitationStore>(sp),
        });
        services.AddSingleton<IInvitationReplies>(sp => sp.GetRequiredService<IInvitationStore>());
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ConversationReferenceRecorder>();
        services.AddSingleton<IInvitationChannelPolicy, ProactiveChannelPolicy>();
        // Replaces the dashboard's empty default, whichever registration ran first.
        services.RemoveAll<IInvitationHistory>();
        services.AddSingleton<IInvitationHistory, InvitationHistory>();
        services.AddSingleton<InvitationSender>();
        services.AddSingleton<InvitationDispatcher>();
        services.AddHostedService<InvitationScheduler>();
        services.AddSingleton<IInterrupt, InvitationReplyInterrupt>();
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(WebhookPolicy, http =>
            SecurityRegistration.PerMinute(SecurityRegistration.ClientAddress(http), WebhookRequestsPerMinute)));
        return services;
    }

    /// <summary>Maps the order-delivered webhook, rate limited per client address.</summary>
    public static WebApplication MapInvitations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOrderDeliveredWebhook().RequireRateLimiting(WebhookPolicy);
        return app;
    }
}
