using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>Until the retention queue exists, an escalation is kept durably in the survey record that produced it
/// (decision, reasons, priority) and announced in the log for the team to pick up.</summary>
public sealed partial class LoggedEscalationGateway(ILogger<LoggedEscalationGateway> logger) : IEscalationGateway
{
    /// <inheritdoc />
    public Task<string> EscalateAsync(EscalationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.SurveyId ?? Guid.NewGuid().ToString("N");
        LogEscalation(id, request.ChannelId, request.Decision.Priority, string.Join(',', request.Decision.Reasons));
        return Task.FromResult(id);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation {EscalationId} requested on {ChannelId}: priority {Priority}, reasons {Reasons}")]
    private partial void LogEscalation(string escalationId, string channelId, EscalationPriority priority, string reasons);
}
