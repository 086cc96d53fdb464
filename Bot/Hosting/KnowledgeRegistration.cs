using Microsoft.Extensions.Options;
using SupportBot.Bot.Knowledge;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Knowledge;

namespace SupportBot.Bot.Hosting;

/// <summary>The knowledge base: articles indexed with Lucene at start-up, the dialog that answers from it and the
/// feedback store (SQLite, memory or Redis by <c>Knowledge:FeedbackStore</c>).</summary>
public static class KnowledgeRegistration
{
    /// <summary>Registers the knowledge base and its dialog.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LuceneKnowledgeBase>();
        services.AddSingleton<IKnowledgeBase>(sp => sp.GetRequiredService<LuceneKnowledgeBase>());
        services.AddHostedService<KnowledgeIndexWarmup>();
        services.AddSingleton<IValidateOptions<KnowledgeOptions>>(sp => new RedisRequirement<KnowledgeOptions>(
            sp.GetRequiredService<IOptions<RedisOptions>>(), o => o.FeedbackStore == KnowledgeFeedbackStoreProvider.Redis, "Knowledge:FeedbackStore", nameof(KnowledgeFeedbackStoreProvider.Sqlite)));
        services.AddSingleton<IKnowledgeFeedbackStore>(sp => sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.FeedbackStore switch
        {
            KnowledgeFeedbackStoreProvider.Memory => new InMemoryKnowledgeFeedbackStore(),
            KnowledgeFeedbackStoreProvider.Redis => ActivatorUtilities.CreateInstance<RedisKnowledgeFeedbackStore>(sp),
            _ => ActivatorUtilities.CreateInstance<SqliteKnowledgeFeedbackStore>(sp),
        });
        services.AddSingleton<IKnowledgeFeedback>(sp => sp.GetRequiredService<IKnowledgeFeedbackStore>());
        services.AddSingleton<Dialog, KnowledgeDialog>();
        return services;
    }
}
