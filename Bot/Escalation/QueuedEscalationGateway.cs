using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>The dialogs' way to the retention team: every escalation becomes a durable case in the queue, with its
/// summary, before the customer is told a person will join.</summary>
public sealed partial class QueuedEscalationGateway(EscalationService escalations, ILogger<QueuedEscalationGateway> logger) : IEscalationGateway
{
    /// <inheritdoc />
    public async Task<string> EscalateAsync(EscalationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var escalation = await escalations.CreateAsync(request, EscalationSummary.For(request), [], cancellationToken);
        LogQueued(escalation.Id, request.ChannelId, request.Decision.Priority, request.Decision.Reasons, escalation.SlaDueAt);
        return escalation.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation {EscalationId} queued from {ChannelId}: priority {Priority}, reasons {Reasons}, due {DueAt:O}")]
    private partial void LogQueued(string escalationId, string channelId, EscalationPriority priority, IReadOnlyList<EscalationReason> reasons, DateTimeOffset dueAt);
}
