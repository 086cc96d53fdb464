using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Faults;

/// <summary>Readiness: the escalation queue's store answers a query, and the outbox can be read. Escalations waiting in the
/// outbox make the instance <c>Degraded</c> (still ready: they are safe on disk and replayed when the store is back).</summary>
public sealed class EscalationQueueHealthCheck(IEscalationStore store, LocalOutbox outbox) : IHealthCheck
{
    /// <summary>The data key with the number of records waiting in the outbox.</summary>
    public const string BacklogKey = "outboxBacklog";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failure = context?.Registration.FailureStatus ?? HealthStatus.Unhealthy;
        long backlog;
        try
        {
            backlog = await outbox.CountAsync(cancellationToken);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            return new HealthCheckResult(failure, "The local outbox cannot be read.");
        }

        var data = new Dictionary<string, object> { [BacklogKey] = backlog };
        try
        {
            await store.FindOpenByConversationAsync("health-probe", cancellationToken);
        }
        catch (Exception e) when (StoreOutage.Is(e) || e is TimeoutException)
        {
            return new HealthCheckResult(failure, "The escalation store does not answer.", data: data);
        }

        return backlog == 0
            ? HealthCheckResult.Healthy("Queue store answers; outbox empty.", data)
            : HealthCheckResult.Degraded($"Queue store answers; {backlog} record(s) waiting in the outbox.", data: data);
    }
}
