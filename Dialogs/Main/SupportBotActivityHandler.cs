using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.WebChat;

namespace SupportBot.Dialogs.Main;

/// <summary>The bot: picks the customer's language, lets a live agent conversation take the turn, otherwise hands it
/// to the dialog runner; saves state.</summary>
public sealed class SupportBotActivityHandler(
    StateAccessors state, DialogRunner runner, ConversationSettings settings, LiveChatTurn liveChatTurn, WebChatPageEvents webChat)
    : ActivityHandler
{
    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await state.ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await state.UserState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var decision = await DecideLanguageAsync(turnContext, cancellationToken);
        if (decision.SwitchRequested)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Texts.For(decision.Language).LanguageSwitched), cancellationToken);
            await runner.RepromptAsync(turnContext, decision.Language, cancellationToken);
            return;
        }

        if (await liveChatTurn.TryHandleAsync(turnContext, decision.Language, cancellationToken))
        {
            return;
        }

        await runner.RunAsync(turnContext, decision.Language, cancellationToken);
    }

    /// <summary>Honours the Bot Framework handoff protocol: a <c>handoff.status</c> event from an external agent hub
    /// (accepted / failed / completed) updates the escalation and tells the customer what it means. The Web Chat page's
    /// events (join, language switch) go to <see cref="WebChatPageEvents"/>.</summary>
    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Name == HandoffEventNames.HandoffStatus)
        {
            await liveChatTurn.OnHubStatusAsync(turnContext, (await DecideLanguageAsync(turnContext, cancellationToken)).Language, cancellationToken);
            return;
        }

        await webChat.TryHandleAsync(turnContext, cancellationToken);
    }

    /// <summary>Greets a customer who joins (Web Chat, Teams) so the bot speaks first.</summary>
    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        var botId = turnContext.Activity.Recipient?.Id;
        if (!membersAdded.Any(m => !string.Equals(m.Id, botId, StringComparison.Ordinal)))
        {
            return;
        }

        var decision = await DecideLanguageAsync(turnContext, cancellationToken);
        await runner.StartAsync(turnContext, decision.Language, cancellationToken);
    }

    private async Task<LanguageDecision> DecideLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await state.UserProfile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        var decision = LanguageResolver.Resolve(profile, turnContext.Activity, settings.DefaultLanguage);
        await state.UserProfile.SetAsync(turnContext, profile, cancellationToken);
        TurnLanguage.Set(turnContext, decision.Language);
        return decision;
    }
}
