using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.Channels;

/// <summary>The agent console in a real Chromium names the customer's channel: a customer who asked for a person by
/// SMS shows as "📱 SMS" on the queue row and in the case facts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleChannelBadgeTests(BrowserFixture browser) : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(EscalationScenario.Settings("nobody:none"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("es-ES", "quiero hablar con una persona", "Canal")]
    [InlineData("en-US", "I want to talk to a person", "Channel")]
    public async Task SmsCustomer_ShowsAsSms_InTheQueueAndTheCase(string locale, string askForPerson, string channelLabel)
    {
        var customer = new Customer(_host, locale, "sms");
        Assert.NotEmpty(await customer.TextsAsync(askForPerson));
        await using var console = await ConsolePage.OpenAsync(browser.Browser, _host.BaseAddress, locale);
        var page = console.Page;

        await console.RunAsync(nameof(SmsCustomer_ShowsAsSms_InTheQueueAndTheCase) + "-" + locale, async () =>
        {
            await page.GotoAsync("/agent");
            await console.SignInAsync(EscalationScenario.AnaToken);
            var row = page.Locator("#queue li.row").Filter(new() { HasText = "📱 SMS" });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator(".channel-badge")).ToHaveAttributeAsync("title", "sms");

            await row.ClickAsync();
            var fact = page.Locator("#d-facts dd").Filter(new() { HasText = "📱 SMS" });
            await Expect(fact).ToHaveCountAsync(1);
            await Expect(page.Locator("#d-facts dt").Filter(new() { HasText = channelLabel })).ToHaveCountAsync(1);
        });
    }
}
