using Microsoft.Extensions.Options;
using SupportBot.Bot.Orders;
using SupportBot.Bot.Orders.Http;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Hosting;

/// <summary>Order self-service: the order provider (<c>Orders:Provider</c>), wrapped so every action is recorded for
/// agents, and the order lookup signed survey links use.</summary>
public static class OrderRegistration
{
    /// <summary>Registers <see cref="IOrderService"/>, <see cref="IOrderLookup"/> and the self-service log; with
    /// <c>Orders:Provider=Http</c> also the commerce backend client (its settings validated at start-up).</summary>
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OrdersOptions>().BindConfiguration(OrdersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOrdersOptions>().BindConfiguration(DemoOrdersOptions.SectionName);
        services.AddSingleton<SqliteOrderStore>();
        services.AddSingleton<IValidateOptions<OrdersOptions>>(sp => new RedisRequirement<OrdersOptions>(
            sp.GetRequiredService<IOptions<RedisOptions>>(), o => o.ActionLogStore == SelfServiceLogStore.Redis, "Orders:ActionLogStore", nameof(SelfServiceLogStore.Sqlite)));
        services.AddSingleton<ISelfServiceLog>(sp => sp.GetRequiredService<IOptions<OrdersOptions>>().Value.ActionLogStore switch
        {
            SelfServiceLogStore.Redis => ActivatorUtilities.CreateInstance<RedisSelfServiceLog>(sp),
            _ => ActivatorUtilities.CreateInstance<SqliteSelfServiceLog>(sp),
        });
        services.AddSingleton<IOrderService>(sp => new RecordedOrderService(
            sp.GetRequiredService<IOptions<OrdersOptions>>().Value.Provider switch
            {
                OrderProvider.Demo => sp.GetRequiredService<SqliteOrderStore>(),
                OrderProvider.Http => sp.GetRequiredService<CommerceBackendClient>(),
                var other => throw new InvalidOperationException($"Orders:Provider {other} is not supported."),
            },
            sp.GetRequiredService<ISelfServiceLog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RecordedOrderService>>()));
        services.AddSingleton<SignedInvoiceLinks>();
        services.AddSingleton<IInvoiceLinks>(sp => sp.GetRequiredService<SignedInvoiceLinks>());
        services.AddSingleton<ConfiguredOrderLookup>();
        services.AddSingleton<IOrderLookup>(sp => new OrderLookupChain(
        [
            sp.GetRequiredService<ConfiguredOrderLookup>(),
            sp.GetRequiredService<IOptions<OrdersOptions>>().Value.Provider == OrderProvider.Http
                ? ActivatorUtilities.CreateInstance<CommerceOrderLookup>(sp)
                : sp.GetRequiredService<SqliteOrderStore>(),
        ]));

        // Registered after the recorded service above, so that one stays the IOrderService the dialogs get.
        if (configuration.GetSection(OrdersOptions.SectionName).GetValue<OrderProvider>(nameof(OrdersOptions.Provider)) == OrderProvider.Http)
        {
            services.AddCommerceBackend(configuration);
        }

        return services;
    }
}
