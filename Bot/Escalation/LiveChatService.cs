using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SupportBot.Bot.BotFramework;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Escalation;

/// <summary>The customer's side of a live agent conversation, over the escalation queue: what the customer writes
/// while an agent is live goes into the escalation's chat (PII-redacted) for the console to show.</summary>
public sealed class LiveChatService(
    EscalationService escalations, IHandoffDesk desk, CurrentTurn turn, IOptions<EscalationOptions> options, TimeProvider time) : ILiveChat
{
    /// <inheritdoc />
    public async Task<LiveChatStatus> GetStatusAsync(string conversationId, CancellationToken cancellationToken)
    {
        var escalation = await (LiveChatReadAhead.Take(turn.Context, conversationId)
                                ?? escalations.Store.FindOpenByConversationAsync(conversationId, cancellationToken));
        return escalation switch
        {
            { Status: EscalationStatus.Live, CustomerLeftAt: null } => LiveChatStatus.Live,
            { Status: EscalationStatus.Waiting, CallbackOfferedAt: not null } => LiveChatStatus.CallbackOffered,
            { Status: EscalationStatus.Waiting or EscalationStatus.CallbackRequested } => LiveChatStatus.Waiting,
            { Status: EscalationStatus.Resolved, FollowUpPending: true } => LiveChatStatus.AwaitingFollowUp,
            _ => LiveChatStatus.None,
        };
    }

    /// <inheritdoc />
    public async Task RelayToAgentAsync(string conversationId, string text, CancellationToken cancellationToken)
    {
        var escalation = await escalations.Store.FindOpenByConversationAsync(conversationId, cancellationToken);
        if (escalation is null)
        {
            return;
        }

        await escalations.AppendMessageAsync(
            escalation, new TranscriptEntry(time.GetUtcNow(), TranscriptSender.Customer, PiiRedactor.Redact(text)), cancellationToken);
        await RefreshReferenceAsync(escalation, cancellationToken);
    }

    /// <inheritdoc />
    public async Task LeaveAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await escalations.Store.FindOpenByConversationAsync(conversationId, cancellationToken) is { } escalation)
        {
            await escalations.CustomerLeftAsync(escalation.Id, cancellationToken);
            await escalations.AppendMessageAsync(
                escalation, new TranscriptEntry(time.GetUtcNow(), TranscriptSender.Bot, "The customer left the chat."), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<bool> WithdrawAsync(string conversationId, CancellationToken cancellationToken)
        => await escalations.Store.FindOpenByConversationAsync(conversationId, cancellationToken) is { } escalation
           && (await escalations.CancelAsync(escalation.Id, cancellationToken)).Succeeded;

    /// <inheritdoc />
    public async Task<bool> RequestCallbackAsync(string conversationId, string contact, CancellationToken cancellationToken)
        => await escalations.Store.FindOpenByConversationAsync(conversationId, cancellationToken) is { } escalation
           && await desk.RequestCallbackAsync(escalation.Id, contact, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> ApplyHubStatusAsync(string conversationId, HandoffHubState state, string? message, CancellationToken cancellationToken)
    {
        // Only with an external hub configured: otherwise anyone on the channel could send the event.
        if (!options.Value.ExternalHub
            || await escalations.Store.FindOpenByConversationAsync(conversationId, cancellationToken) is not { } escalation)
        {
            return false;
        }

        var change = state switch
        {
            HandoffHubState.Accepted => await escalations.HubAcceptedAsync(escalation.Id, cancellationToken),
            HandoffHubState.Failed => await escalations.HubFailedAsync(escalation.Id, cancellationToken),
            _ => await escalations.HubCompletedAsync(escalation.Id, message, cancellationToken),
        };
        return change.Succeeded;
    }

    /// <inheritdoc />
    public async Task RecordFollowUpAsync(string conversationId, int? score, CancellationToken cancellationToken)
    {
        if (await escalations.Store.FindOpenByConversationAsync(conversationId, cancellationToken) is { } escalation)
        {
            await escalations.RecordFollowUpAsync(escalation.Id, score, cancellationToken);
        }
    }

    private async Task RefreshReferenceAsync(EscalationCase escalation, CancellationToken cancellationToken)
    {
        if (turn.Context?.Activity.GetConversationReference() is not { } reference)
        {
            return;
        }

        // The activity id changes with every message; the way to reach the conversation does not.
        reference.ActivityId = null;

        var json = JsonConvert.SerializeObject(reference);
        if (json != escalation.ConversationReference)
        {
            await escalations.UpdateConversationReferenceAsync(escalation.Id, json, cancellationToken);
        }
    }
}
