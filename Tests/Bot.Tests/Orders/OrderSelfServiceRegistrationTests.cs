using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Bot.Builder;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Orders;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Bot.Tests.Orders;

public sealed class OrderSelfServiceRegistrationTests
{
    private static ServiceProvider Build(
        Action<IServiceCollection>? before = null, Action<IServiceCollection>? after = null, Dictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build())
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new StateAccessors(new ConversationState(new MemoryStorage()), new UserState(new MemoryStorage())));
        before?.Invoke(services);
        services.AddOrderSelfService();
        after?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void WithoutAnOrderSystem_TheUnavailableServiceAnswers_WithTheDefaultLock()
    {
        using var provider = Build();

        Assert.IsType<UnavailableOrderService>(provider.GetRequiredService<IOrderService>());
        Assert.Equal(OrderSelfServiceSettings.Default, provider.GetRequiredService<OrderSelfServiceSettings>());
    }

    [Fact]
    public void TheConfiguredSettings_ReachTheDialogs()
    {
        using var provider = Build(settings: new()
        {
            ["OrderSelfService:MaxIdentityFailures"] = "5",
            ["OrderSelfService:LockoutDuration"] = "01:00:00",
            ["OrderSelfService:VerifiedDuration"] = "00:10:00",
        });

        Assert.Equal(
            new OrderSelfServiceSettings(5, TimeSpan.FromHours(1)) { VerifiedDuration = TimeSpan.FromMinutes(10) },
            provider.GetRequiredService<OrderSelfServiceSettings>());
    }

    [Fact]
    public void AnOrderSystemRegisteredBeforeOrAfter_Wins()
    {
        using var before = Build(before: s => s.AddSingleton<IOrderService, SilentShop>());
        using var after = Build(after: s => s.AddSingleton<IOrderService, SilentShop>());

        Assert.IsType<SilentShop>(before.GetRequiredService<IOrderService>());
        Assert.IsType<SilentShop>(after.GetRequiredService<IOrderService>());
    }

    [Fact]
    public async Task TheUnavailableService_SaysSoOnEveryCall()
    {
        using var provider = Build();
        var orders = provider.GetRequiredService<IOrderService>();
        var caller = new OrderCaller("webchat:u1", "c1");

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(() => orders.FindVerifiedAsync("400101", "28013", caller, CancellationToken.None));
        await Assert.ThrowsAsync<OrderServiceUnavailableException>(() => orders.FindOwnAsync("C1", "400101", caller, CancellationToken.None));
        await Assert.ThrowsAsync<OrderServiceUnavailableException>(() => orders.GetInvoiceAsync("400101", caller, CancellationToken.None));
    }

    [Theory]
    [InlineData(0, "00:30:00", "OrderSelfService:MaxIdentityFailures")]
    [InlineData(21, "00:30:00", "OrderSelfService:MaxIdentityFailures")]
    [InlineData(3, "00:00:30", "OrderSelfService:LockoutDuration")]
    [InlineData(3, "8.00:00:00", "OrderSelfService:LockoutDuration")]
    public void OutOfRangeSettings_AreRefused_NamingTheKey(int failures, string lockout, string key)
    {
        var options = new OrderSelfServiceOptions
        {
            MaxIdentityFailures = failures,
            LockoutDuration = TimeSpan.Parse(lockout, CultureInfo.InvariantCulture),
        };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(
            options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage!.Contains(key, StringComparison.Ordinal));
    }

    private sealed class SilentShop : IOrderService
    {
        public Task<OrderDetails?> FindVerifiedAsync(string orderNumber, string proof, OrderCaller caller, CancellationToken cancellationToken) => Task.FromResult<OrderDetails?>(null);

        public Task<OrderDetails?> FindOwnAsync(string customerId, string orderNumber, OrderCaller caller, CancellationToken cancellationToken) => Task.FromResult<OrderDetails?>(null);

        public Task<ReturnOutcome> StartReturnAsync(ReturnRequest request, OrderCaller caller, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<WarrantyOutcome> OpenWarrantyClaimAsync(WarrantyClaimRequest request, OrderCaller caller, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<InvoiceCopy?> GetInvoiceAsync(string orderNumber, OrderCaller caller, CancellationToken cancellationToken) => Task.FromResult<InvoiceCopy?>(null);
    }
}
