using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>The order of the retention queue, the same for agents (the console) and customers (their place in it):
/// most urgent first, then the earliest SLA, then arrival.</summary>
public static class QueueOrder
{
    /// <summary>The escalations in queue order.</summary>
    public static IOrderedEnumerable<EscalationCase> InQueueOrder(this IEnumerable<EscalationCase> escalations)
        => escalations
            .OrderByDescending(e => e.Request.Decision.Priority)
            .ThenBy(e => e.SlaDueAt)
            .ThenBy(e => e.CreatedAt);

    /// <summary>The 1-based place of a waiting escalation among <paramref name="open"/>, or null when it is not waiting.</summary>
    public static int? WaitingPosition(IEnumerable<EscalationCase> open, string id)
    {
        var index = open.Where(e => e.Status == EscalationStatus.Waiting).InQueueOrder().ToList().FindIndex(e => e.Id == id);
        return index < 0 ? null : index + 1;
    }

    /// <summary>One number that sorts waiting escalations in queue order (priority first, then SLA due time in
    /// milliseconds; exact in a double), for a store that keeps the queue sorted.</summary>
    public static double Score(EscalationCase escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var urgency = (int)EscalationPriority.Urgent - (int)escalation.Request.Decision.Priority;
        return (urgency * 1e13) + escalation.SlaDueAt.ToUnixTimeMilliseconds();
    }
}
