using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>The customer's view of the retention queue: place among the waiting requests (ordered as agents see them:
/// priority, then SLA), a rough wait, business hours, and callbacks.</summary>
public sealed class HandoffDesk(EscalationService escalations, BusinessHours hours, IOptions<EscalationOptions> options, TimeProvider time) : IHandoffDesk
{
    /// <inheritdoc />
    public async Task<HandoffQueueStatus> GetStatusAsync(string escalationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var position = await escalations.Store.WaitingPositionAsync(escalationId, cancellationToken) ?? 1;
        var open = hours.IsOpen(now);
        return new HandoffQueueStatus(
            open, position, options.Value.AverageWaitPerCustomer * position, open ? null : hours.NextOpening(now), hours.TimeZoneName);
    }

    /// <inheritdoc />
    public async Task<bool> RequestCallbackAsync(string escalationId, string contact, CancellationToken cancellationToken)
    {
        var callback = new CallbackRequest(contact, contact.Contains('@', StringComparison.Ordinal), time.GetUtcNow());
        return (await escalations.RequestCallbackAsync(escalationId, callback, cancellationToken)).Succeeded;
    }
}
