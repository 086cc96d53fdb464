using Microsoft.Playwright;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Insights;
using SupportBot.Browser.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.Insights;

/// <summary>The insights dashboard in a real Chromium against a real bot with a seeded week (see <c>InsightsSeed</c>):
/// a supervisor signs in on the console, opens the dashboard, sets the dates and reads the hand-computed figures on the
/// page, in Spanish and English; a filter change updates them; a hostile comment stays inert text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InsightsDashboardTests(BrowserFixture browser) : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(InsightsSeed.SupervisorAccount(EscalationScenario.Settings("webchat:nobody")));
        await InsightsSeed.SaveAsync(_host.Services.GetRequiredService<ISurveyStore>(), _host.Services.GetRequiredService<IEscalationStore>(), default);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ILocator Tile(IPage page, string id) => page.Locator($"#{id} .value");

    private static async Task SetRangeAsync(IPage page, string from, string to)
    {
        await page.Locator("#to").FillAsync(to);
        await page.Locator("#from").FillAsync(from);
    }

    [Fact]
    public async Task Supervisor_SeesTheWeeksFigures_InSpanishThenEnglish_AndFiltersUpdateThem()
    {
        await using var console = await ConsolePage.OpenAsync(browser.Browser, _host.BaseAddress, "es-ES");
        var page = console.Page;

        await console.RunAsync(nameof(Supervisor_SeesTheWeeksFigures_InSpanishThenEnglish_AndFiltersUpdateThem), async () =>
        {
            // Signed in on the console, a supervisor follows its link; the dashboard (same tab) needs no second sign-in.
            await console.SignInAsync(InsightsSeed.SupervisorToken);
            await page.Locator("#insights-link").ClickAsync();
            await Expect(page.Locator("#dashboard")).ToBeVisibleAsync();
            await SetRangeAsync(page, "2026-11-01", "2026-11-07");

            // Spanish: decimal comma. NPS 25, CSAT 40, 5 responses, completion 4 / 6 = 66,7.
            await Expect(Tile(page, "tile-nps")).ToHaveTextAsync("25");
            await Expect(Tile(page, "tile-csat")).ToHaveTextAsync("40");
            await Expect(Tile(page, "tile-responses")).ToHaveTextAsync("5");
            await Expect(Tile(page, "tile-response-rate")).ToHaveTextAsync("66,7");
            await Expect(Tile(page, "tile-invitation-rate")).ToHaveTextAsync("—");
            await Expect(Tile(page, "tile-saved")).ToHaveTextAsync("50");
            await Expect(page.Locator("#h-summary")).ToHaveTextAsync("Resumen");
            var lowCsat = page.Locator("#chart-reasons tr[data-reason=LowCsat]");
            await Expect(lowCsat.Locator("th")).ToHaveTextAsync("CSAT bajo");
            await Expect(lowCsat.Locator("td")).ToHaveTextAsync("2");
            await Expect(page.Locator("#chart-reasons tr[data-reason=DetractorNps] td")).ToHaveTextAsync("1");
            await Expect(page.Locator("#chart-reasons tr[data-reason=ChurnIntent] td")).ToHaveTextAsync("1");
            await Expect(page.Locator("#chart-reasons svg")).ToHaveAttributeAsync("aria-label", "Escalados por motivo: CSAT bajo 2, Detractor (NPS) 1, Quiere darse de baja 1");
            // Trend table: 3 Nov (the hostile comment's day) NPS 2 alone → −100.
            await Expect(page.Locator("#chart-trend table tbody tr")).ToHaveCountAsync(7);
            await Expect(page.Locator("#chart-csat table tbody tr").Nth(0).Locator("td")).ToHaveTextAsync("1");

            // The hostile comment is shown as the text it is.
            var delivery = page.Locator("#aspects li[data-aspect=Delivery]");
            await Expect(delivery.Locator(".aspect-name")).ToHaveTextAsync("Entrega");
            await Expect(delivery.Locator("blockquote")).ToHaveTextAsync(InsightsSeed.HostileComment);
            await Expect(page.Locator("#aspects img")).ToHaveCountAsync(0);

            await page.Locator("#lang-toggle").ClickAsync();
            await Expect(page.Locator("#h-summary")).ToHaveTextAsync("Summary");
            await Expect(Tile(page, "tile-response-rate")).ToHaveTextAsync("66.7");
            await Expect(lowCsat.Locator("th")).ToHaveTextAsync("Low CSAT");
            await Expect(delivery.Locator(".aspect-name")).ToHaveTextAsync("Delivery");
            await Expect(delivery.Locator("blockquote")).ToHaveTextAsync(InsightsSeed.HostileComment);

            // English customers only: NPS 9 → 100; CSAT 4, 2 → 50; LowCsat 1.
            await page.Locator("#language").SelectOptionAsync("English");
            await Expect(Tile(page, "tile-nps")).ToHaveTextAsync("100");
            await Expect(Tile(page, "tile-csat")).ToHaveTextAsync("50");
            await Expect(lowCsat.Locator("td")).ToHaveTextAsync("1");
            await Expect(page.Locator("#chart-reasons tr[data-reason=DetractorNps]")).ToHaveCountAsync(0);

            // Every language again, from 1 October: NPS 0, CSAT 33.3.
            await page.Locator("#language").SelectOptionAsync(string.Empty);
            await page.Locator("#from").FillAsync("2026-10-01");
            await Expect(Tile(page, "tile-nps")).ToHaveTextAsync("0");
            await Expect(Tile(page, "tile-csat")).ToHaveTextAsync("33.3");

            // The channel list comes from the data; choosing Teams narrows to its one survey (NPS 2 → −100).
            await page.Locator("#channel").SelectOptionAsync("msteams");
            await Expect(Tile(page, "tile-nps")).ToHaveTextAsync("-100");

            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.xssFired"));
            // No script error and nothing the policy blocked (a missing favicon is the only failed load).
            Assert.DoesNotContain(console.Errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || e.StartsWith("page error", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Agent_WhoIsNotASupervisor_IsToldSo_AndSeesNoFigures()
    {
        await using var console = await ConsolePage.OpenAsync(browser.Browser, _host.BaseAddress, "en-GB");
        var page = console.Page;

        await console.RunAsync(nameof(Agent_WhoIsNotASupervisor_IsToldSo_AndSeesNoFigures), async () =>
        {
            await page.GotoAsync("/agent/insights");
            await page.Locator("#token").FillAsync(EscalationScenario.LuisToken);
            await page.Locator("#signin-button").ClickAsync();

            await Expect(page.Locator("#forbidden")).ToHaveTextAsync("This dashboard is for supervisors only.");
            await Expect(page.Locator("#dashboard")).ToBeHiddenAsync();
        });
    }
}
