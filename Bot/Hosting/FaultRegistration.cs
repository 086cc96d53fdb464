using SupportBot.Bot.Faults;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Hosting;

/// <summary>Outage behaviour: the local outbox and its replay, 503 for APIs while a store is down, and the health checks.</summary>
public static class FaultRegistration
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Registers the outbox, its replay service, the store-outage exception handler and the readiness checks.</summary>
    public static IServiceCollection AddFaultTolerance(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LocalOutbox>();
        services.AddSingleton<OutboxReplayService>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxReplayService>());
        services.AddExceptionHandler<StoreOutageExceptionHandler>();

        var checks = services.AddHealthChecks();
        string[] ready = [HealthEndpoints.ReadyTag];
        if (!string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.ConnectionString)}"]))
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: ready, timeout: CheckTimeout);
        }

        checks.AddCheck<SqliteFilesHealthCheck>("storage", tags: ready, timeout: CheckTimeout);
        checks.AddCheck<EscalationQueueHealthCheck>("escalationQueue", tags: ready, timeout: CheckTimeout);
        return services;
    }
}
