using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Escalation;

namespace SupportBot.Bot.Hosting;

/// <summary>The retention queue: its store (SQLite or Redis by <c>Escalation:Store</c>), rules and the gateway the dialogs use.</summary>
public static class EscalationRegistration
{
    /// <summary>Registers the retention queue.</summary>
    public static IServiceCollection AddEscalations(this IServiceCollection services)
    {
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<EscalationOptions>, EscalationStoreValidator>();
        services.AddSingleton<SqliteEscalationStore>();
        services.AddSingleton<IEscalationStore>(sp => sp.GetRequiredService<IOptions<EscalationOptions>>().Value.Store switch
        {
            EscalationStoreProvider.Redis => ActivatorUtilities.CreateInstance<RedisEscalationStore>(sp),
            _ => sp.GetRequiredService<SqliteEscalationStore>(),
        });
        services.AddSingleton<EscalationService>();
        services.AddSingleton<IEscalationGateway, QueuedEscalationGateway>();
        services.AddSingleton<CustomerMessenger>();
        services.AddSingleton<RetentionPlaybook>();
        services.AddSingleton<ITranscriptLog>(sp => sp.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<RedisTranscriptLog>(sp)
            : ActivatorUtilities.CreateInstance<CacheTranscriptLog>(sp));
        services.AddSingleton<ConversationTranscript>();
        services.AddSingleton(sp => new BusinessHours(sp.GetRequiredService<IOptions<EscalationOptions>>().Value.BusinessHours));
        services.AddSingleton<IHandoffDesk, HandoffDesk>();
        services.AddSingleton<EscalationMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<EscalationMonitor>());
        services.AddSingleton<ILiveChat, LiveChatService>();
        services.AddSingleton<ITurnReadAhead, LiveChatReadAhead>();
        services.AddSingleton<Agents.AgentConversation>();
        services.AddSingleton<LiveChatTurn>();
        return services;
    }
}
