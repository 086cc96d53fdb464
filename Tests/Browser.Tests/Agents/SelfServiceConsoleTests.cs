using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Browser.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.Agents;

/// <summary>The agent console shows, with a case, what the customer did in order self-service — labelled in the
/// console's language, the customer's typed order number kept as inert text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SelfServiceConsoleTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string HostileOrderNumber = "<img src=x onerror=\"window.xssFired=1\">";
    private BotHost _host = null!;
    private Customer _customer = null!;

    public async Task InitializeAsync()
    {
        _customer = new Customer(null!, "es-ES");
        _host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + _customer.UserId));
        _customer.Host = _host;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Agent_SeesTheConversationsSelfServiceActions_InSpanishAndEnglish()
    {
        var orders = _host.Services.GetRequiredService<IOrderService>();
        var caller = new OrderCaller("webchat:" + _customer.UserId, _customer.ConversationId);
        await orders.FindVerifiedAsync(HostileOrderNumber, "28013", caller, default);
        await orders.FindVerifiedAsync("400101", "28013", caller, default);
        var rma = await orders.StartReturnAsync(new ReturnRequest("400101", [], "Llegó roto", false), caller, default);
        await EscalationScenario.DetractorSurveyAsync(_customer, Language.Spanish);
        await using var console = await ConsolePage.OpenAsync(browser.Browser, _host.BaseAddress, "es-ES");
        var page = console.Page;

        await console.RunAsync(nameof(Agent_SeesTheConversationsSelfServiceActions_InSpanishAndEnglish), async () =>
        {
            await console.SignInAsync(EscalationScenario.AnaToken);
            await page.Locator("#queue li.row").ClickAsync();
            var actions = page.Locator("#d-self-service li");
            await Expect(actions).ToHaveCountAsync(3);
            await Expect(actions.Nth(0)).ToContainTextAsync("Identificación");
            await Expect(actions.Nth(0)).ToContainTextAsync("fallida");
            await Expect(actions.Nth(0)).ToContainTextAsync(HostileOrderNumber);
            await Expect(actions.Nth(0)).ToHaveClassAsync("ss-failed");
            await Expect(actions.Nth(1)).ToContainTextAsync("pedido 400101");
            await Expect(actions.Nth(1)).ToContainTextAsync("correcta");
            await Expect(actions.Nth(2)).ToContainTextAsync("Devolución");
            await Expect(actions.Nth(2)).ToContainTextAsync("creada");
            await Expect(actions.Nth(2)).ToContainTextAsync(rma.RmaNumber!);
            await Expect(page.Locator("#d-self-service img")).ToHaveCountAsync(0);

            await page.Locator("#lang-toggle").ClickAsync();
            await Expect(page.Locator("#detail h3").Filter(new() { HasText = "Order self-service" })).ToHaveCountAsync(1);
            await Expect(actions.Nth(0)).ToContainTextAsync("Identity check");
            await Expect(actions.Nth(0)).ToContainTextAsync("failed");
            await Expect(actions.Nth(2)).ToContainTextAsync("Return");
            await Expect(actions.Nth(2)).ToContainTextAsync("created");
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.xssFired"));
        });
    }
}
