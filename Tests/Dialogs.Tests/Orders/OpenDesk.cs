using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Dialogs.Tests.Orders;

/// <summary>The edge of the handover: records escalations; the team is open with nobody waiting.</summary>
internal sealed class OpenDesk : IEscalationGateway, IHandoffDesk
{
    public List<EscalationRequest> Escalations { get; } = [];

    public Task<string> EscalateAsync(EscalationRequest request, CancellationToken cancellationToken)
    {
        Escalations.Add(request);
        return Task.FromResult("esc-" + Escalations.Count);
    }

    public Task<HandoffQueueStatus> GetStatusAsync(string escalationId, CancellationToken cancellationToken)
        => Task.FromResult(new HandoffQueueStatus(true, 1, TimeSpan.FromMinutes(5), null, "Europe/Madrid"));

    public Task<bool> RequestCallbackAsync(string escalationId, string contact, CancellationToken cancellationToken) => Task.FromResult(true);
}
