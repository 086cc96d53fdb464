namespace SupportBot.Bot.Escalation;

/// <summary>Listens to the retention queue. Called after the change is stored; a failing listener is logged and never
/// undoes or blocks the change.</summary>
public interface IEscalationNotifier
{
    /// <summary>Handles one event.</summary>
    Task NotifyAsync(EscalationNotification notification, CancellationToken cancellationToken);
}
