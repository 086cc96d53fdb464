using Microsoft.AspNetCore.SignalR;
using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Agents;

/// <summary>Pushes the retention queue's events to the console's connected agents through <see cref="AgentHub"/>
/// (across instances when the Redis backplane is configured): queue rows to every agent, chat lines to the agents
/// watching that escalation, SLA breaches also to supervisors.</summary>
public sealed class SignalREscalationNotifier(IHubContext<AgentHub> hub, TimeProvider time) : IEscalationNotifier
{
    /// <summary>Event with a queue row (<see cref="EscalationListItem"/>).</summary>
    public const string QueueChanged = "queueChanged";

    /// <summary>Event with a chat line (<see cref="AgentMessageEvent"/>).</summary>
    public const string Message = "message";

    /// <summary>Supervisors' event with the row of an escalation past its SLA.</summary>
    public const string SlaBreached = "slaBreached";

    /// <inheritdoc />
    public async Task NotifyAsync(EscalationNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var escalation = notification.Escalation;
        if (notification.Kind == EscalationNotificationKind.Message)
        {
            if (notification.Message is { } line)
            {
                await hub.Clients.Group(AgentHub.EscalationGroup(escalation.Id))
                    .SendAsync(Message, new AgentMessageEvent(escalation.Id, line), cancellationToken);
            }

            return;
        }

        var row = EscalationListItem.From(escalation, time.GetUtcNow());
        await hub.Clients.Group(AgentHub.AgentsGroup).SendAsync(QueueChanged, row, cancellationToken);
        if (notification.Kind == EscalationNotificationKind.SlaBreached)
        {
            await hub.Clients.Group(AgentHub.SupervisorsGroup).SendAsync(SlaBreached, row, cancellationToken);
        }
    }
}
