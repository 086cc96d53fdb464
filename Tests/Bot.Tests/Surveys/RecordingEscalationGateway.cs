using System.Collections.Concurrent;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Surveys;

/// <summary>Keeps every escalation request it receives.</summary>
public sealed class RecordingEscalationGateway : IEscalationGateway
{
    private readonly ConcurrentQueue<EscalationRequest> _requests = new();

    public IReadOnlyList<EscalationRequest> Requests => [.. _requests];

    public Task<string> EscalateAsync(EscalationRequest request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        return Task.FromResult(request.SurveyId ?? "escalation");
    }
}
