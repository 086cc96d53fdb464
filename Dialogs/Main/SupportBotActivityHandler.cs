using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Teams;
using SupportBot.Dialogs.WebChat;

namespace SupportBot.Dialogs.Main;

/// <summary>The bot: picks the customer's language, lets a live agent conversation take the turn, otherwise hands it
/// to the dialog runner; saves state. On Microsoft Teams (personal and group chats; a team's channels are the agents'
/// side and never get here) the turn reads the customer's words without the bot's @mention or from a card button
/// (<see cref="IncomingText"/>), answers in a group chat only what is addressed to it, and sends prompt buttons as a
/// card where Teams would not show them (<see cref="TeamsChoiceCard"/>).</summary>
public sealed class SupportBotActivityHandler(
    StateAccessors state, DialogRunner runner, ConversationSettings settings, LiveChatTurn liveChatTurn, WebChatPageEvents webChat)
    : TeamsActivityHandler
{
    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (TeamsScope.IsTeams(turnContext.Activity))
        {
            DropUnreadableTeamsData(turnContext.Activity);
            var groupChat = TeamsScope.IsGroupChat(turnContext.Activity);
            turnContext.OnSendActivities((_, activities, next) =>
            {
                foreach (var activity in activities)
                {
                    TeamsChoiceCard.Apply(activity, groupChat);
                }

                return next();
            });
        }

        await base.OnTurnAsync(turnContext, cancellationToken);
        // Two keys, saved at once: a turn that changed both goes to the store once, not twice.
        await Task.WhenAll(
            state.ConversationState.SaveChangesAsync(turnContext, false, cancellationToken),
            state.UserState.SaveChangesAsync(turnContext, false, cancellationToken));
    }

    // The SDK's Teams handlers cast channelData to Teams' shape and throw on anything else (a number, a string, an
    // object with wrong-typed fields): such data carries nothing Teams could have sent, so the turn goes on without it.
    private static void DropUnreadableTeamsData(Activity activity)
    {
        if (activity.ChannelData is not (null or TeamsChannelData) && TeamsScope.ChannelDataOf(activity) is null)
        {
            activity.ChannelData = null;
        }
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!TeamsScope.IsAddressedToBot(turnContext.Activity))
        {
            // A Teams group chat's talk among its members: not for the bot.
            return;
        }

        turnContext.Activity.Text = IncomingText.Of(turnContext.Activity);
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

    /// <summary>Teams: greets once when the bot is installed in a personal chat (Teams may tell of it more than once;
    /// a conversation already under way is not greeted again) or added to a group chat — never for each person who
    /// later joins a group chat. The members are not looked up one by one (the base class would call the Connector for
    /// each): only their ids matter here.</summary>
    protected override async Task OnTeamsMembersAddedDispatchAsync(
        IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var botAdded = membersAdded.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal));
        if (TeamsScope.IsGroupChat(activity))
        {
            var underWay = (await state.DialogStack.GetAsync(turnContext, () => new DialogStackState(), cancellationToken)).Frames.Count > 0;
            if (!botAdded || underWay)
            {
                return;
            }

            var language = (await DecideLanguageAsync(turnContext, cancellationToken)).Language;
            await turnContext.SendActivityAsync(
                MessageFactory.Text(TeamsCustomerTexts.For(language).GroupChatHowTo(activity.Recipient?.Name ?? settings.BrandName)), cancellationToken);
            await runner.StartAsync(turnContext, language, cancellationToken);
            return;
        }

        if (TeamsScope.IsPersonal(activity) && membersAdded.Count > 0)
        {
            await runner.StartAsync(turnContext, (await DecideLanguageAsync(turnContext, cancellationToken)).Language, cancellationToken);
        }
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
