using Microsoft.Extensions.Options;
using SupportBot.Bot.Conversation;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Main.Interrupts;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Bot.Hosting;

/// <summary>The dialogs, the global commands and the runner that drives them.</summary>
public static class ConversationRegistration
{
    /// <summary>Registers every dialog, prompt and interrupt (interrupts are tried in registration order).</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>()
            .BindConfiguration(ConversationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ConversationOptions>>().Value;
            return new ConversationSettings(options.DefaultLanguage, options.BrandName);
        });
        services.AddSingleton(sp => new DialogEngineSettings(sp.GetRequiredService<IOptions<ConversationOptions>>().Value.MaxDialogDepth));
        services.AddSingleton<StateAccessors>();
        services.AddOrderSelfService();

        services.AddSingleton<Dialog, MainDialog>();
        services.AddSingleton<Dialog, SatisfactionSurveyDialog>();
        services.AddSingleton<Dialog, HandoffDialog>();
        services.AddSingleton<Dialog, OrderIdentityDialog>();
        services.AddSingleton<Dialog, OrderStatusDialog>();
        services.AddSingleton<Dialog, ReturnDialog>();
        services.AddSingleton<Dialog, WarrantyDialog>();
        services.AddSingleton<Dialog, InvoiceDialog>();
        services.AddSingleton<Dialog>(new TextPrompt());
        services.AddSingleton<Dialog>(new ChoicePrompt());
        services.AddSingleton<Dialog>(new ConfirmPrompt());
        services.AddSingleton<Dialog>(new RatingPrompt());
        services.AddSingleton<Dialog>(new NumberPrompt());
        services.AddSingleton<Dialog>(new AspectPrompt());
        services.AddSingleton<Dialog>(HandoffDialog.ContactPrompt());
        services.AddSingleton<Dialog>(new OrderNumberPrompt());
        services.AddSingleton<Dialog>(new OrderProofPrompt());
        services.AddSingleton<Dialog>(new ReturnReasonPrompt());
        services.AddSingleton(sp => new DialogSet(sp.GetServices<Dialog>()));

        services.AddSingleton<IInterrupt, SurveyConsentInterrupt>();
        services.AddSingleton<IInterrupt, SurveyPauseInterrupt>();
        services.AddSingleton<IInterrupt, CancelInterrupt>();
        services.AddSingleton<IInterrupt, HelpInterrupt>();
        services.AddSingleton<IInterrupt, HumanInterrupt>();

        services.AddSingleton(sp => new DialogRunner(
            sp.GetRequiredService<DialogSet>(),
            sp.GetRequiredService<StateAccessors>().DialogStack,
            sp.GetServices<IInterrupt>(),
            MainDialog.DialogId,
            sp.GetRequiredService<DialogEngineSettings>()));
        return services;
    }
}
