using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SupportBot.Bot.Agents;
using SupportBot.Bot.BotFramework;
using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Teams;

/// <summary>Keeps the agents' Teams channel in step with the retention queue: a new escalation starts a thread with its
/// card, every change updates that card in place, and what the customer writes in a live chat appears in the thread.
/// Does nothing while Teams is off. It writes back to the queue it listens to, hence the lazy service.</summary>
public sealed partial class TeamsEscalationNotifier(
    SupportBotAdapter adapter,
    BotFrameworkAuthentication authentication,
    Lazy<EscalationService> escalations,
    IOptions<TeamsOptions> options,
    IOptions<AgentOptions> agents,
    IConfiguration configuration,
    ILogger<TeamsEscalationNotifier> logger) : IEscalationNotifier
{
    private string AppId => configuration["MicrosoftAppId"] ?? string.Empty;

    /// <inheritdoc />
    public Task NotifyAsync(EscalationNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!options.Value.IsEnabled)
        {
            return Task.CompletedTask;
        }

        return notification.Kind switch
        {
            EscalationNotificationKind.Created => PostCardAsync(notification.Escalation, cancellationToken),
            // The card never made it (Teams was down when the case was created): post it now, as the case stands.
            EscalationNotificationKind.Changed or EscalationNotificationKind.SlaBreached
                when string.IsNullOrEmpty(notification.Escalation.TeamsThreadReference) && notification.Escalation.IsOpen
                => PostCardAsync(notification.Escalation, cancellationToken),
            EscalationNotificationKind.Changed => UpdateCardAsync(notification.Escalation, cancellationToken),
            // The card already shows it overdue (that change came first); a reply in the thread notifies the channel again.
            EscalationNotificationKind.SlaBreached => PostTextAsync(notification.Escalation, TeamsTexts.For(notification.Escalation.Request.Language).Overdue, cancellationToken),
            EscalationNotificationKind.Message when notification.Message is { Sender: not TranscriptSender.Agent } line
                => PostLineAsync(notification.Escalation, line, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>The display name of an agent id (the id itself when the account is gone).</summary>
    internal static string? AgentName(AgentOptions agents, string? agentId)
        => agentId is null ? null : agents.Accounts.FirstOrDefault(a => a.Id == agentId)?.DisplayName ?? agentId;

    private async Task PostCardAsync(EscalationCase escalation, CancellationToken cancellationToken)
    {
        var teams = options.Value;
        var card = MessageFactory.Attachment(EscalationCard.For(escalation, AgentName(agents.Value, escalation.ClaimedBy)));
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            TenantId = teams.TenantId,
            ChannelData = new TeamsChannelData
            {
                Channel = new ChannelInfo(teams.ChannelId),
                Tenant = new TenantInfo(teams.TenantId),
            },
            Activity = (Activity)card,
        };

        ConversationReference? thread = null;
        string? cardId = null;
        await adapter.CreateConversationAsync(
            AppId, Channels.Msteams, teams.ServiceUrl, authentication.GetOriginatingAudience(), parameters, (turn, _) =>
            {
                // The turn represents the new thread; its activity id is the card's.
                thread = turn.Activity.GetConversationReference();
                cardId = turn.Activity.Id;
                return Task.CompletedTask;
            }, cancellationToken);

        if (thread is null || string.IsNullOrEmpty(cardId))
        {
            LogNoThread(escalation.Id);
            return;
        }

        await escalations.Value.AttachTeamsCardAsync(escalation.Id, JsonConvert.SerializeObject(thread), cardId, cancellationToken);
        LogPosted(escalation.Id, cardId);
    }

    private Task UpdateCardAsync(EscalationCase escalation, CancellationToken cancellationToken)
        => ContinueThreadAsync(escalation, async (turn, ct) =>
        {
            var update = MessageFactory.Attachment(EscalationCard.For(escalation, AgentName(agents.Value, escalation.ClaimedBy)));
            update.Id = escalation.TeamsCardActivityId;
            await turn.UpdateActivityAsync(update, ct);
        }, cancellationToken);

    private Task PostLineAsync(EscalationCase escalation, TranscriptEntry line, CancellationToken cancellationToken)
    {
        var texts = TeamsTexts.For(escalation.Request.Language);
        var text = EscalationCard.Defang(line.Text.Length <= EscalationCard.MaxTextLength ? line.Text : string.Concat(line.Text.AsSpan(0, EscalationCard.MaxTextLength), "…"));
        return PostTextAsync(escalation, line.Sender == TranscriptSender.Customer ? texts.CustomerSays(text) : texts.BotSays(text), cancellationToken);
    }

    private Task PostTextAsync(EscalationCase escalation, string text, CancellationToken cancellationToken)
        => ContinueThreadAsync(escalation, async (turn, ct) =>
        {
            // Plain text: what the customer writes is never rendered as markup.
            var message = MessageFactory.Text(text);
            message.TextFormat = TextFormatTypes.Plain;
            await turn.SendActivityAsync(message, ct);
        }, cancellationToken);

    private async Task ContinueThreadAsync(EscalationCase escalation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(escalation.TeamsThreadReference) || string.IsNullOrEmpty(escalation.TeamsCardActivityId)
            || JsonConvert.DeserializeObject<ConversationReference>(escalation.TeamsThreadReference) is not { } thread)
        {
            // Posted before Teams was configured, or the post failed: nothing to keep in step.
            return;
        }

        // A turn the bot starts: the adapter hands a failure back (to the queue, which logs it with the escalation)
        // rather than apologising in the agents' thread.
        await adapter.ContinueConversationAsync(AppId, thread, callback, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId} posted to Teams as card {CardActivityId}")]
    private partial void LogPosted(string escalationId, string cardActivityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams created no thread for escalation {EscalationId}")]
    private partial void LogNoThread(string escalationId);
}
