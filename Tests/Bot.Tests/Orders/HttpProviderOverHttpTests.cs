using SupportBot.Bot.Orders;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Bot.Tests.Orders;

/// <summary><c>Orders:Provider=Http</c> in the real bot (production composition, real Kestrel): self-service and survey
/// links go to the shop's commerce backend, never to the demo shop, and every action is still recorded for agents.</summary>
public sealed class HttpProviderOverHttpTests
{
    [Fact]
    public async Task SelfService_GoesToTheCommerceBackend_AndIsRecorded()
    {
        await using var backend = await CommerceBackendServer.StartAsync();
        await using var host = await BotHost.StartAsync(Settings(backend));
        var orders = host.Services.GetRequiredService<IOrderService>();
        var caller = new OrderCaller("webchat:dl_ana", "conv-http-1");

        var order = await orders.FindVerifiedAsync("SB-1001", " 28013 ", caller, default);
        var demoOrder = await orders.FindVerifiedAsync("400101", "28013", caller, default);

        Assert.Equal("F2026-000101", order?.InvoiceNumber);
        Assert.Null(demoOrder);
        Assert.Equal(["orders/SB-1001/verify", "orders/400101/verify"], backend.Requests.Select(r => r.Path));
        Assert.All(backend.Requests, r => Assert.Equal("conv-http-1", r.Conversation));
        var recorded = await host.Services.GetRequiredService<ISelfServiceLog>().ListByConversationAsync("conv-http-1", 10, default);
        Assert.Equal(
            [("SB-1001", RecordedOrderService.Verified), ("400101", SelfServiceAction.Failed)],
            recorded.OrderBy(a => a.At).ThenBy(a => a.OrderNumber == "400101").Select(a => (a.OrderNumber, a.Outcome)));
    }

    [Fact]
    public async Task SurveyLinks_LookTheirOrderUpInTheBackend_OnlyTheCustomersOwn()
    {
        await using var backend = await CommerceBackendServer.StartAsync();
        await using var host = await BotHost.StartAsync(Settings(backend));
        var lookup = host.Services.GetRequiredService<IOrderLookup>();

        var own = await lookup.FindAsync("cus_ana", "SB-1001", default);
        var someoneElses = await lookup.FindAsync("cus_john", "SB-1001", default);
        var demo = await lookup.FindAsync("C1001", "400101", default);

        Assert.Equal("Auriculares inalámbricos Sonora 300", own?.Product);
        Assert.Equal(CommerceBackendServer.Today.AddDays(-8), own?.DeliveredOn);
        Assert.Null(someoneElses);
        Assert.Null(demo);
    }

    [Fact]
    public async Task ABackendThatIsDown_IsUnavailable_RecordedAsSuch_AndTheLinkLookupGoesOnWithout()
    {
        await using var backend = await CommerceBackendServer.StartAsync();
        await using var host = await BotHost.StartAsync(Settings(backend));
        backend.Enqueue(BackendFault.ServerError(), BackendFault.ServerError(), BackendFault.ServerError(503), BackendFault.ServerError(503));
        var caller = new OrderCaller("webchat:dl_ana", "conv-http-2");

        await Assert.ThrowsAsync<OrderServiceUnavailableException>(
            () => host.Services.GetRequiredService<IOrderService>().FindVerifiedAsync("SB-1001", "28013", caller, default));
        var summary = await host.Services.GetRequiredService<IOrderLookup>().FindAsync("cus_ana", "SB-1001", default);

        Assert.Null(summary);
        var recorded = Assert.Single(await host.Services.GetRequiredService<ISelfServiceLog>().ListByConversationAsync("conv-http-2", 10, default));
        Assert.Equal(SelfServiceAction.Unavailable, recorded.Outcome);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿dónde está mi pedido sb-1001?", "28013")]
    [InlineData("en-GB", Language.English, "where's my order SB-1001?", "Ana.Garcia@example.es")]
    public async Task ACustomer_AsksForTheStatus_AndIsAnsweredFromTheBackend(string locale, Language language, string ask, string proof)
    {
        await using var backend = await CommerceBackendServer.StartAsync();
        await using var host = await BotHost.StartAsync(Settings(backend));
        var customer = new Customer(host, locale);
        var o = OrderTexts.For(language);

        Assert.Equal([Texts.For(language).Welcome("SupportBot"), o.AskProof("SB-1001")], await customer.TextsAsync(ask));
        var replies = await customer.SayAsync(proof);

        var verify = Assert.Single(backend.Requests);
        Assert.Equal("orders/SB-1001/verify", verify.Path);
        Assert.Equal(customer.ConversationId, verify.Conversation);
        Assert.Contains("SEUR123456789ES", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Sonora 300", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Texts.For(language).AnythingElse, replies[^1].Text);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero la factura del pedido SB-1001")]
    [InlineData("en-GB", Language.English, "I need the invoice for order SB-1001")]
    public async Task WhenTheBackendIsDown_TheCustomerGetsAnApology_AndIsNotCountedAsFailing(string locale, Language language, string ask)
    {
        await using var backend = await CommerceBackendServer.StartAsync();
        await using var host = await BotHost.StartAsync(Settings(backend));
        var customer = new Customer(host, locale);
        var o = OrderTexts.For(language);
        await customer.SayAsync(ask);

        for (var attempt = 0; attempt < 4; attempt++)
        {
            backend.Enqueue(BackendFault.ServerError(503), BackendFault.ServerError(503));
            var replies = await customer.TextsAsync("28013");
            Assert.Equal(o.Unavailable, replies[0]);
            await customer.SayAsync(language == Language.Spanish ? "no, gracias" : "no, thanks");
            await customer.SayAsync(ask);
        }

        // Four outages later the order is not locked: the backend answers again and so does the bot.
        var answered = await customer.SayAsync("28013");
        var invoice = Assert.Single(answered, a => a.Text == o.InvoiceAttached("F2026-000101", "SB-1001"));
        Assert.Equal("application/pdf", Assert.Single(invoice.Attachments).ContentType);
    }

    [Theory]
    [InlineData("Orders:Http:BaseUrl")]
    [InlineData("Orders:Http:ApiKey")]
    public async Task WithoutTheBackendsSettings_TheBotDoesNotStart_AndSaysWhichKey(string missing)
    {
        await using var backend = await CommerceBackendServer.StartAsync();
        var settings = Settings(backend);
        settings[missing] = null;

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(settings));

        Assert.Contains(missing, failure.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(CommerceBackendServer backend) => new()
    {
        ["Orders:Provider"] = "Http",
        ["Orders:Http:BaseUrl"] = backend.BaseUrl.ToString(),
        ["Orders:Http:ApiKey"] = CommerceBackendServer.ApiKey,
        ["Orders:Http:RetryDelay"] = "00:00:00.010",
    };
}
