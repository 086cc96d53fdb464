namespace SupportBot.Dialogs.Abstractions;

/// <summary>Hands a customer to the retention team. Implemented in <c>Bot/</c>.</summary>
public interface IEscalationGateway
{
    /// <summary>Accepts the request durably; returns its id.</summary>
    Task<string> EscalateAsync(EscalationRequest request, CancellationToken cancellationToken);
}
