using System.Collections.Concurrent;
using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>Records the queue's events; can be told to fail, to show a failing listener never undoes a change.</summary>
public sealed class RecordingNotifier(bool fail = false) : IEscalationNotifier
{
    public ConcurrentQueue<EscalationNotification> Notifications { get; } = new();

    public Task NotifyAsync(EscalationNotification notification, CancellationToken cancellationToken)
    {
        Notifications.Enqueue(notification);
        return fail ? throw new InvalidOperationException("listener down") : Task.CompletedTask;
    }
}
