using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace SupportBot.Bot.Faults;

/// <summary>Readiness: Redis answers PING (registered only when <c>Redis:ConnectionString</c> is set).</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Unhealthy, "Redis does not answer.");
        }
    }
}
