using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Agents;
using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Teams;

namespace SupportBot.Bot.Teams;

/// <summary>The bot as the channel sees it: activities from Teams team channels are the agents' side and are handled
/// here — Claim on an escalation card, and messages in an escalation's thread relayed to its customer — and never reach
/// the customer dialogs; everything else (customers on Web Chat, Teams personal chats, …) goes to
/// <see cref="SupportBotActivityHandler"/>. With Teams off, everything goes to the customer bot.</summary>
public sealed partial class TeamsAgentChannelBot(
    SupportBotActivityHandler customerBot,
    EscalationService escalations,
    AgentConversation agentConversation,
    IOptions<TeamsOptions> options,
    IOptions<AgentOptions> agents,
    ConversationSettings settings,
    ILogger<TeamsAgentChannelBot> logger) : IBot
{
    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!IsTeamChannel(activity))
        {
            await customerBot.OnTurnAsync(turnContext, cancellationToken);
            return;
        }

        // Customers never talk in a team's channels: with Teams off, or in another channel, the bot stays quiet there.
        if (!options.Value.IsEnabled || !IsAgentsChannel(activity))
        {
            // Another channel of a team the bot was added to: customers never talk there, so it stays quiet.
            LogOtherChannel(activity.Type);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        if (ClaimedEscalationId(activity) is { } escalationId)
        {
            await ClaimAsync(turnContext, escalationId, cancellationToken);
        }
        else
        {
            await RelayAsync(turnContext, cancellationToken);
        }
    }

    private static bool IsTeamChannel(Activity activity)
        => activity.ChannelId == Channels.Msteams
           && (activity.Conversation?.ConversationType == "channel" || TeamsScope.ChannelDataOf(activity)?.Team is not null);

    private static string? ClaimedEscalationId(Activity activity)
        => activity.Value is JObject value
           && value["action"] is JValue { Type: JTokenType.String } action && (string?)action == EscalationCard.ClaimAction
           && value["escalationId"] is JValue { Type: JTokenType.String } idValue && (string?)idValue is { Length: > 0 and <= 64 } id
            ? id
            : null;

    private bool IsAgentsChannel(Activity activity)
    {
        var teams = options.Value;
        var channelData = TeamsScope.ChannelDataOf(activity);
        var channel = channelData?.Channel?.Id
            ?? activity.Conversation.Id.Split(';', 2)[0];
        var tenant = channelData?.Tenant?.Id ?? activity.Conversation.TenantId;
        return string.Equals(channel, teams.ChannelId, StringComparison.Ordinal)
               && string.Equals(tenant, teams.TenantId, StringComparison.OrdinalIgnoreCase);
    }

    private async Task ClaimAsync(ITurnContext turnContext, string escalationId, CancellationToken cancellationToken)
    {
        var escalation = await escalations.Store.GetAsync(escalationId, cancellationToken);
        var texts = TextsFor(escalation);
        if (AgentOf(turnContext.Activity) is not { } agent)
        {
            await ReplyAsync(turnContext, texts.UnknownAgent, cancellationToken);
            return;
        }

        var change = await escalations.ClaimAsync(escalationId, agent.Id, cancellationToken);
        // The card itself is updated by the notifier, which hears every change, whoever made it.
        var reply = change switch
        {
            { Succeeded: true } => texts.Claimed(agent.DisplayName),
            { Escalation: { ClaimedBy: { } owner, Status: EscalationStatus.Claimed or EscalationStatus.Live } } => owner == agent.Id
                ? texts.AlreadyYours
                : texts.AlreadyClaimed(TeamsEscalationNotifier.AgentName(agents.Value, owner)!),
            _ => texts.Closed,
        };
        LogClaim(escalationId, agent.Id, change.Status);
        await ReplyAsync(turnContext, reply, cancellationToken);
    }

    private async Task RelayAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var escalation = await FindByThreadAsync(activity.Conversation.Id, cancellationToken);
        var texts = TextsFor(escalation);
        if (AgentOf(activity) is not { } agent)
        {
            await ReplyAsync(turnContext, texts.UnknownAgent, cancellationToken);
            return;
        }

        if (escalation is null)
        {
            await ReplyAsync(turnContext, texts.NotAnEscalationThread, cancellationToken);
            return;
        }

        // In a channel the bot only hears messages that mention it; the mention is not part of what the agent says.
        activity.RemoveRecipientMention();
        var text = activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.Length > AgentApi.MaxTextLength)
        {
            await ReplyAsync(turnContext, texts.TooLong(AgentApi.MaxTextLength), cancellationToken);
            return;
        }

        var (change, _) = await agentConversation.SendAsync(escalation.Id, agent.Id, agent.DisplayName, text, cancellationToken);
        if (!change.Succeeded)
        {
            var now = change.Escalation ?? escalation;
            await ReplyAsync(turnContext, now.Status is EscalationStatus.Waiting or EscalationStatus.CallbackRequested or EscalationStatus.Claimed or EscalationStatus.Live
                ? texts.NotYourCase(TeamsEscalationNotifier.AgentName(agents.Value, now.ClaimedBy))
                : texts.Closed, cancellationToken);
        }
    }

    /// <summary>The open escalation whose Teams thread this is. The open queue is small (tens to hundreds of cases),
    /// so a scan keeps the store contract unchanged.</summary>
    private async Task<EscalationCase?> FindByThreadAsync(string conversationId, CancellationToken cancellationToken)
    {
        foreach (var open in await escalations.Store.ListOpenAsync(cancellationToken))
        {
            if (open.TeamsThreadReference is { } json
                && JsonConvert.DeserializeObject<ConversationReference>(json)?.Conversation?.Id == conversationId)
            {
                return open;
            }
        }

        return null;
    }

    private AgentAccount? AgentOf(Activity activity)
        => options.Value.AgentFor(activity.From?.AadObjectId) is { } agentId
            ? agents.Value.Accounts.FirstOrDefault(a => a.Id == agentId)
            : null;

    private TeamsTexts TextsFor(EscalationCase? escalation) => TeamsTexts.For(escalation?.Request.Language ?? settings.DefaultLanguage);

    private static async Task ReplyAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Plain;
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a {ActivityType} from a Teams channel that is not the agents' channel")]
    private partial void LogOtherChannel(string activityType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams claim of escalation {EscalationId} by {AgentId}: {Status}")]
    private partial void LogClaim(string escalationId, string agentId, EscalationChangeStatus status);
}
