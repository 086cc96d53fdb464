using Microsoft.Extensions.Options;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Surveys;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Bot.Hosting;

/// <summary>Survey settings, the escalation policy, the survey store and the ports the survey needs.</summary>
public static class SurveyRegistration
{
    /// <summary>Registers the survey's services; the store is SQLite or Redis by <c>Surveys:Store</c>.</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EscalationPolicyOptions>().BindConfiguration(EscalationPolicyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SurveyOptions>, SurveyStoreValidator>();

        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<SurveyOptions>>().Value;
            return new SurveySettings
            {
                NpsEnabled = o.NpsEnabled,
                ResumeWindow = o.ResumeWindow,
                Throttle = o.Throttle,
                ReviewUrl = string.IsNullOrWhiteSpace(o.ReviewUrl) ? null : new Uri(o.ReviewUrl),
            };
        });
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<EscalationPolicyOptions>>().Value;
            return new EscalationPolicy(new EscalationPolicySettings
            {
                DetractorNpsMax = o.DetractorNpsMax,
                LowCsatMax = o.LowCsatMax,
                NegativeThresholdSpanish = o.NegativeThresholdSpanish,
                NegativeThresholdEnglish = o.NegativeThresholdEnglish,
                WorstSentenceThreshold = o.WorstSentenceThreshold,
                HighCsatMin = o.HighCsatMin,
                HighNpsMin = o.HighNpsMin,
                ClearlyPositiveThreshold = o.ClearlyPositiveThreshold,
                RepeatedNegativeTurns = o.RepeatedNegativeTurns,
                HighPriorityNegativeThreshold = o.HighPriorityNegativeThreshold,
            });
        });

        services.AddSingleton<SqliteSurveyStore>();
        services.AddSingleton<ISurveyStore>(sp => sp.GetRequiredService<IOptions<SurveyOptions>>().Value.Store switch
        {
            // A save that finds Redis down is written ahead to the local outbox: an acknowledged answer is never lost.
            SurveyStoreProvider.Redis => ActivatorUtilities.CreateInstance<OutboxSurveyStore>(sp, ActivatorUtilities.CreateInstance<RedisSurveyStore>(sp)),
            _ => sp.GetRequiredService<SqliteSurveyStore>(),
        });
        return services;
    }
}
