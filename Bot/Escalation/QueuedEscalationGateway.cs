using Newtonsoft.Json;
using SupportBot.Bot.BotFramework;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>The dialogs' way to the retention team: every escalation becomes a durable case in the queue, with its
/// summary, before the customer is told a person will join.</summary>
public sealed partial class QueuedEscalationGateway(EscalationService escalations, CurrentTurn turn, ILogger<QueuedEscalationGateway> logger) : IEscalationGateway
{
    /// <inheritdoc />
    public async Task<string> EscalateAsync(EscalationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = turn.Context?.Activity.GetConversationReference();
        var escalation = await escalations.CreateAsync(
            request, EscalationSummary.For(request), [], reference is null ? null : JsonConvert.SerializeObject(reference), cancellationToken);
        LogQueued(escalation.Id, request.ChannelId, request.Decision.Priority, request.Decision.Reasons, escalation.SlaDueAt);
        return escalation.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId} queued from {ChannelId}: priority {Priority}, reasons {Reasons}, due {DueAt:O}")]
    private partial void LogQueued(string escalationId, string channelId, EscalationPriority priority, IReadOnlyList<EscalationReason> reasons, DateTimeOffset dueAt);
}
