using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.WebChat;

/// <summary>The events of the Web Chat page. <c>webchat/join</c>: speak the page's language, believe a customer id only
/// with the shop's signature, and greet first (straight into the survey when the link names an order) — once, even when
/// the channel's conversationUpdate greeted already. <c>webchat/language</c>: the page's ES | EN switch.</summary>
public sealed class WebChatPageEvents(StateAccessors state, DialogRunner runner, ICustomerLinkVerifier verifier, ConversationSettings settings)
{
    /// <summary>Handles the event when it is one of the page's; false for any other event.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        switch (turnContext.Activity.Name)
        {
            case WebChatEventNames.Join:
                await JoinAsync(turnContext, WebChatJoin.Read(turnContext.Activity.Value), cancellationToken);
                return true;
            case WebChatEventNames.Language:
                await SwitchLanguageAsync(turnContext, WebChatJoin.Read(turnContext.Activity.Value).Locale, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private async Task JoinAsync(ITurnContext turnContext, WebChatJoin join, CancellationToken cancellationToken)
    {
        var profile = await state.UserProfile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        var spokenBefore = profile.Language;
        var language = LanguageDetector.FromLocale(join.Locale ?? turnContext.Activity.Locale) is { } pageLanguage
                       && profile.LanguageSource != LanguageSource.Explicit
            ? Remember(profile, pageLanguage, LanguageSource.Locale)
            : LanguageResolver.Resolve(profile, (Activity)turnContext.Activity, settings.DefaultLanguage).Language;
        if (join.CustomerId is { } customerId && verifier.IsSignedByShop(customerId, join.OrderId, join.Signature))
        {
            profile.VerifiedCustomerId = customerId;
        }

        await state.UserProfile.SetAsync(turnContext, profile, cancellationToken);
        TurnLanguage.Set(turnContext, language);

        var start = new MainStart { Route = join.OrderId is null ? null : MainMenu.Survey, OrderId = join.OrderId };
        await runner.StartAsync(turnContext, language, start, async dc =>
        {
            // The channel's conversationUpdate greeted already: no second welcome. Only a customer still at the menu is
            // taken to the order's survey, or shown the menu again when the page speaks another language than the welcome.
            if (dc.Depth != 1 || dc.ActiveFrame?.DialogId != MainDialog.DialogId)
            {
                return dc.Wait();
            }

            if (join.OrderId is { } orderId)
            {
                return await dc.BeginDialogAsync(SatisfactionSurveyDialog.DialogId, new SurveyState { OrderId = orderId }, cancellationToken);
            }

            if (spokenBefore != language)
            {
                await dc.RepromptDialogAsync(cancellationToken);
            }

            return dc.Wait();
        }, cancellationToken);
    }

    private async Task SwitchLanguageAsync(ITurnContext turnContext, string? locale, CancellationToken cancellationToken)
    {
        if (LanguageDetector.FromLocale(locale) is not { } language)
        {
            return;
        }

        var profile = await state.UserProfile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        Remember(profile, language, LanguageSource.Explicit);
        await state.UserProfile.SetAsync(turnContext, profile, cancellationToken);
        TurnLanguage.Set(turnContext, language);
        await turnContext.SendActivityAsync(MessageFactory.Text(Texts.For(language).LanguageSwitched), cancellationToken);
        await runner.RepromptAsync(turnContext, language, cancellationToken);
    }

    private static Language Remember(UserProfile profile, Language language, LanguageSource source)
    {
        profile.Language = language;
        profile.LanguageSource = source;
        return language;
    }
}
