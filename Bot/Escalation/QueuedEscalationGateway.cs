using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SupportBot.Bot.BotFramework;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>The dialogs' way to the retention team: every escalation becomes a durable case in the queue, with its
/// summary, before the customer is told a person will join; a conversation has at most one open escalation. While the
/// store is down the escalation is written ahead to the local outbox instead (still durable before the customer is told),
/// and replayed into the queue when the store is back.</summary>
public sealed partial class QueuedEscalationGateway(
    EscalationService escalations,
    ConversationTranscript transcript,
    CurrentTurn turn,
    LocalOutbox outbox,
    IOptions<EscalationOptions> options,
    ILogger<QueuedEscalationGateway> logger) : IEscalationGateway
{
    /// <inheritdoc />
    public async Task<string> EscalateAsync(EscalationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // One open escalation per conversation: asking again joins the request already in the queue (or in the outbox).
        if (await outbox.FindByScopeAsync(LocalOutbox.Escalation, request.ConversationId, cancellationToken) is { } waiting)
        {
            LogAlreadyQueued(waiting.Id);
            return waiting.Id;
        }

        EscalationCase? open = null;
        IReadOnlyList<TranscriptEntry> stored = [];
        try
        {
            open = await escalations.Store.FindOpenByConversationAsync(request.ConversationId, cancellationToken);
            stored = await transcript.GetAsync(request.ConversationId, cancellationToken);
        }
        catch (Exception e) when (StoreOutage.Is(e))
        {
            // The store is down: the escalation goes to the outbox below, with this turn's line only.
            LogStoreDown(e.GetType().Name);
        }

        if (open is not null)
        {
            if (open.Status != EscalationStatus.Resolved)
            {
                LogAlreadyQueued(open.Id);
                return open.Id;
            }

            // A closed case still waiting for its follow-up answer: the customer moved on, so it is settled unanswered.
            await escalations.RecordFollowUpAsync(open.Id, null, cancellationToken);
        }

        var reference = turn.Context?.Activity.GetConversationReference();
        // What was said before: the stored lines plus this turn's customer message (stored when the turn ends).
        var history = stored.ToList();
        if (turn.Context?.Activity is { Type: "message", Text: { Length: > 0 } text })
        {
            history.Add(new TranscriptEntry(escalations.Now, TranscriptSender.Customer, ConversationTranscript.Clean(text)));
        }

        var escalation = escalations.NewCase(
            request, EscalationSummary.For(request), history, reference is null ? null : JsonConvert.SerializeObject(reference));
        try
        {
            await escalations.QueueAsync(escalation, cancellationToken);
        }
        catch (Exception e) when (StoreOutage.Is(e))
        {
            await outbox.PutAsync(LocalOutbox.Escalation, escalation.Id, request.ConversationId, RecordJson.Serialize(escalation), cancellationToken);
            LogWrittenAhead(escalation.Id, e.GetType().Name);
        }

        if (options.Value.ExternalHub && turn.Context is { } context)
        {
            await context.SendActivityAsync(HandoffInitiation.Create(context, escalation), cancellationToken);
        }

        LogQueued(escalation.Id, request.ChannelId, request.Decision.Priority, request.Decision.Reasons, escalation.SlaDueAt);
        return escalation.Id;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The escalation store is unavailable ({ExceptionType}): the queue check and the stored transcript are skipped")]
    private partial void LogStoreDown(string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation {EscalationId} written ahead to the local outbox: the store is unavailable ({ExceptionType}); it is queued when the store is back")]
    private partial void LogWrittenAhead(string escalationId, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "The conversation already has escalation {EscalationId} open; the new request joins it")]
    private partial void LogAlreadyQueued(string escalationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId} queued from {ChannelId}: priority {Priority}, reasons {Reasons}, due {DueAt:O}")]
    private partial void LogQueued(string escalationId, string channelId, EscalationPriority priority, IReadOnlyList<EscalationReason> reasons, DateTimeOffset dueAt);
}
