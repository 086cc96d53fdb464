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
}
