using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Orders;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Bot.Hosting;

/// <summary>What the order self-service dialogs need besides the order system itself: the lock settings and the guard.</summary>
public static class OrderSelfServiceRegistration
{
    /// <summary>Registers the settings (section <c>OrderSelfService</c>) and the identity guard. When no
    /// <see cref="IOrderService"/> is registered (before or after this call), <see cref="UnavailableOrderService"/>
    /// answers: the bot starts, and customers are told self-service is unavailable and offered a person.</summary>
    public static IServiceCollection AddOrderSelfService(this IServiceCollection services)
    {
        services.AddOptions<OrderSelfServiceOptions>()
            .BindConfiguration(OrderSelfServiceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<OrderSelfServiceOptions>>().Value;
            return new OrderSelfServiceSettings(o.MaxIdentityFailures, o.LockoutDuration) { VerifiedDuration = o.VerifiedDuration };
        });
        services.AddSingleton<OrderIdentityGuard>();

        // A store registered later with AddSingleton wins (the last registration is the one resolved).
        services.TryAddSingleton<IOrderService, UnavailableOrderService>();
        return services;
    }
}
