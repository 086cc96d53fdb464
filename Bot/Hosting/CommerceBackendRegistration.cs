using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Orders.Http;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Hosting;

/// <summary>The shop's real commerce backend as the order service (<c>Orders:Provider=Http</c>).</summary>
public static class CommerceBackendRegistration
{
    /// <summary>The name of the client's resilience pipeline.</summary>
    public const string PipelineName = "commerce-backend";

    /// <summary>Largest answer read (an invoice PDF); a bigger one fails as unavailable instead of filling memory.</summary>
    public const int MaxResponseBytes = 16 * 1024 * 1024;

    /// <summary>Registers <see cref="CommerceBackendOptions"/> from <c>Orders:Http</c> (validated at start-up), the typed
    /// <see cref="CommerceBackendClient"/> with its resilience handler, and that client as <see cref="IOrderService"/> unless one is registered already.
    /// Needs nothing else registered.</summary>
    public static IServiceCollection AddCommerceBackend(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CommerceBackendOptions>()
            .Bind(configuration.GetSection(CommerceBackendOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<CommerceBackendClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<CommerceBackendOptions>>().Value;
                http.BaseAddress = options.Root;
                // The resilience pipeline times each attempt; this bounds the whole call, reading the body included.
                http.Timeout = (2 * options.Timeout) + options.MaxRetryAfter + options.RetryDelay + TimeSpan.FromSeconds(1);
                http.MaxResponseContentBufferSize = MaxResponseBytes;
                http.DefaultRequestHeaders.Authorization = new("Bearer", options.ApiKey);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("SupportBot/1.0");
            })
            // A redirect would carry the proof of identity to another address: the contract has none, so none is followed.
            .UseSocketsHttpHandler((handler, _) =>
            {
                handler.AllowAutoRedirect = false;
                handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5);
            })
            // Dialogs may keep the client for the life of the process: connections are renewed instead of handlers.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The factory's request logs name customer ids in URLs at Information; the client logs what matters itself.
            .RemoveAllLoggers()
            .AddResilienceHandler(PipelineName, (builder, context) => CommerceBackendResilience.Configure(
                builder,
                context.ServiceProvider.GetRequiredService<IOptions<CommerceBackendOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<CommerceBackendClient>()));

        // Alone (tests, another host) the client is the order service; under AddOrders the recorded wrapper stays it.
        services.TryAddTransient<IOrderService>(sp => sp.GetRequiredService<CommerceBackendClient>());
        return services;
    }
}
