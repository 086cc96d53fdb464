using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SupportBot.Bot.BotFramework;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>The dialogs' way to the retention team: every escalation becomes a durable case in the queue, with its
/// summary, before the customer is told a person will join; a conversation has at most one open escalation.</summary>
public sealed partial class QueuedEscalationGateway(
    EscalationService escalations,
    ConversationTranscript transcript,
    CurrentTurn turn,
    IOptions<EscalationOptions> options,
    ILogger<QueuedEscalationGateway> logger) : IEscalationGateway
{
    /// <inheritdoc />
    public async Task<string> EscalateAsync(EscalationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // One open escalation per conversation: asking again joins the request already in the queue.
        if (await escalations.Store.FindOpenByConversationAsync(request.ConversationId, cancellationToken) is { } open)
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
        var history = (await transcript.GetAsync(request.ConversationId, cancellationToken)).ToList();
        if (turn.Context?.Activity is { Type: "message", Text: { Length: > 0 } text })
        {
            history.Add(new TranscriptEntry(escalations.Now, TranscriptSender.Customer, ConversationTranscript.Clean(text)));
        }

        var escalation = await escalations.CreateAsync(
            request, EscalationSummary.For(request), history, reference is null ? null : JsonConvert.SerializeObject(reference), cancellationToken);
        if (options.Value.ExternalHub && turn.Context is { } context)
        {
            await context.SendActivityAsync(HandoffInitiation.Create(context, escalation), cancellationToken);
        }

        LogQueued(escalation.Id, request.ChannelId, request.Decision.Priority, request.Decision.Reasons, escalation.SlaDueAt);
        return escalation.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The conversation already has escalation {EscalationId} open; the new request joins it")]
    private partial void LogAlreadyQueued(string escalationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId} queued from {ChannelId}: priority {Priority}, reasons {Reasons}, due {DueAt:O}")]
    private partial void LogQueued(string escalationId, string channelId, EscalationPriority priority, IReadOnlyList<EscalationReason> reasons, DateTimeOffset dueAt);
}
