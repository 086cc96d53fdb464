using System.Collections.Concurrent;
using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Tests.Faults;

/// <summary>Counts the agents' notifications, shared by the instances of a test.</summary>
internal sealed class RecordingNotifier : IEscalationNotifier
{
    private readonly ConcurrentQueue<EscalationNotification> _notifications = new();

    public int CreatedCount(string escalationId)
        => _notifications.Count(n => n.Kind == EscalationNotificationKind.Created && n.Escalation.Id == escalationId);

    public Task NotifyAsync(EscalationNotification notification, CancellationToken cancellationToken)
    {
        _notifications.Enqueue(notification);
        return Task.CompletedTask;
    }
}
