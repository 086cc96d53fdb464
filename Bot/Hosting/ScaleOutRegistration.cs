using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Invitations;
using SupportBot.Bot.Knowledge;
using SupportBot.Bot.Orders;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Surveys;

namespace SupportBot.Bot.Hosting;

/// <summary>Several instances on one Redis: with <c>Redis:ConnectionString</c> set, every store whose provider is not
/// set explicitly lives in Redis (state, surveys, escalations, Direct Line, knowledge feedback, self-service log; the
/// cache and the SignalR backplane follow the connection string already); signing keys that are not configured are
/// generated once and shared (<see cref="SharedKeys"/>, registered with the state); start-up logs where each store lives (<see cref="StoreLayout"/>).</summary>
public static class ScaleOutRegistration
{
    /// <summary>Registers the Redis defaults and the start-up line.</summary>
    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<StoreLayout>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreLayout>());
        if (string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.ConnectionString)}"]))
        {
            return services;
        }

        // Post-configured, so they apply after binding, and only where the key is absent: explicit settings win.
        bool Unset(string key) => string.IsNullOrWhiteSpace(configuration[key]);
        services.PostConfigure<StateOptions>(o => o.Provider = Unset("State:Provider") ? StateProvider.Redis : o.Provider);
        services.PostConfigure<SurveyOptions>(o => o.Store = Unset("Surveys:Store") ? SurveyStoreProvider.Redis : o.Store);
        services.PostConfigure<EscalationOptions>(o => o.Store = Unset("Escalation:Store") ? EscalationStoreProvider.Redis : o.Store);
        services.PostConfigure<DirectLineOptions>(o => o.Store = Unset("DirectLine:Store") ? StateProvider.Redis : o.Store);
        services.PostConfigure<KnowledgeOptions>(o => o.FeedbackStore = Unset("Knowledge:FeedbackStore") ? KnowledgeFeedbackStoreProvider.Redis : o.FeedbackStore);
        services.PostConfigure<OrdersOptions>(o => o.ActionLogStore = Unset("Orders:ActionLogStore") ? SelfServiceLogStore.Redis : o.ActionLogStore);
        services.PostConfigure<InvitationOptions>(o => o.Store = Unset("Invitations:Store") ? InvitationStoreProvider.Redis : o.Store);
        return services;
    }
}
