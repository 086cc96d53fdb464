using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Browser.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.Agents;

/// <summary>The agent console in a real Chromium against a real bot: sign in, the live queue, the case's context with
/// hostile customer text shown as inert text, claim, chat both ways, resolve; in Spanish and in English.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgentConsoleTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Payload = "<img src=x onerror=\"window.xssFired=1\"> <script>window.xssFired=2</script>";
    private ConnectorServer _connector = null!;
    private BotHost _host = null!;
    private Customer _customer = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorServer.StartAsync();
        _customer = new Customer(null!, "es-ES") { ServiceUrl = _connector.ServiceUrl.ToString() };
        _host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + _customer.UserId));
        _customer.Host = _host;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private Task<ConsolePage> OpenConsoleAsync(string locale) => ConsolePage.OpenAsync(browser.Browser, _host.BaseAddress, locale);

    private static async Task EscalateWithHostileCommentAsync(Customer customer)
    {
        var t = Texts.For(Language.Spanish);
        await customer.TextsAsync("quiero valorar mi pedido 10234");
        await customer.TextsAsync("1");
        await customer.TextsAsync("2");
        var replies = await customer.TextsAsync("El paquete llegó roto " + Payload + " y nadie me responde. Me doy de baja.");
        if (replies[^1] == t.SurveyAskAspects)
        {
            replies = await customer.TextsAsync("entrega");
        }

        Assert.Contains(replies, text => text == t.SurveyEscalated(urgent: true) || text == t.SurveyEscalated(urgent: false));
    }

    [Fact]
    public async Task SpanishAgent_ClaimsReadsChatsAndResolves_WithCustomerTextInert()
    {
        await EscalateWithHostileCommentAsync(_customer);
        await using var console = await OpenConsoleAsync("es-ES");
        var page = console.Page;
        var t = Texts.For(Language.Spanish);

        await console.RunAsync(nameof(SpanishAgent_ClaimsReadsChatsAndResolves_WithCustomerTextInert), async () =>
        {
            await page.GotoAsync("/agent");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Consola de agentes");
            await page.Locator("#token").FillAsync("not-a-real-token-at-all-0000000");
            await page.Locator("#signin-button").ClickAsync();
            await Expect(page.Locator("#signin-error")).ToHaveTextAsync("Token no válido.");

            await console.SignInAsync(EscalationScenario.AnaToken);
            await Expect(page.Locator("#agent-name")).ToHaveTextAsync("Ana");
            await Expect(page.Locator("#conn-status")).ToHaveAttributeAsync("data-mode", "live");
            var row = page.Locator("#queue li.row");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync("Urgente");
            await Expect(row).ToContainTextAsync("En espera");

            await row.ClickAsync();
            var comment = page.Locator("#d-comment");
            await Expect(comment).ToContainTextAsync(Payload);
            await Expect(comment.Locator("img, script")).ToHaveCountAsync(0);
            await Expect(page.Locator("#d-summary img, #d-summary script, #queue img, #queue script")).ToHaveCountAsync(0);
            await Expect(comment.Locator("mark.worst")).Not.ToHaveCountAsync(0);
            await Expect(page.Locator("#d-reasons")).ToContainTextAsync("Quiere darse de baja");
            await Expect(page.Locator("#d-facts")).ToContainTextAsync("10234");
            await Expect(page.Locator("#d-facts")).ToContainTextAsync("Nimbus X2");
            await Expect(page.Locator("#d-history")).ToBeVisibleAsync();
            await Expect(page.Locator("#d-offers")).ToContainTextAsync("Disculpa personal y seguimiento prioritario del caso");
            await Expect(page.Locator("#d-offers li.needs-approval")).ToContainTextAsync("25 % de descuento");
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.xssFired"));

            await page.Locator("#claim").ClickAsync();
            await Expect(page.Locator("#d-facts")).ToContainTextAsync("Reclamado");
            await Expect(page.Locator("#claim")).ToBeHiddenAsync();

            await page.Locator("[data-quick=quickGreeting]").ClickAsync();
            await Expect(page.Locator("#send-text")).ToHaveValueAsync("Hola, soy Ana. He leído tu valoración y quiero ayudarte.");
            await page.Locator("#send").ClickAsync();
            await Expect(page.Locator("#chat li.from-Agent")).ToContainTextAsync("Hola, soy Ana. He leído tu valoración");
            await _connector.WaitForAsync(c => c.ConversationId == _customer.ConversationId
                && c.Text == t.AgentSays("Ana", "Hola, soy Ana. He leído tu valoración y quiero ayudarte."));

            Assert.Empty(await _customer.TextsAsync("Sigue sin funcionar <script>window.xssFired=3</script>"));
            await Expect(page.Locator("#chat li.from-Customer")).ToContainTextAsync("Sigue sin funcionar <script>window.xssFired=3</script>");
            await Expect(page.Locator("#chat script")).ToHaveCountAsync(0);

            await page.Locator("#outcome").SelectOptionAsync("replacement");
            await page.Locator("#note").FillAsync("Enviamos uno nuevo");
            await page.Locator("#resolve").ClickAsync();
            await Expect(page.Locator("#d-facts")).ToContainTextAsync("Sustitución");
            await Expect(page.Locator("#resolve-form")).ToBeHiddenAsync();
            await _connector.WaitForAsync(c => c.ConversationId == _customer.ConversationId && c.Text == t.FollowUpQuestion);

            await page.Locator("#lang-toggle").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Agent console");
            await Expect(page.Locator("#d-facts")).ToContainTextAsync("Replacement");
            await Expect(page.Locator("#d-reasons")).ToContainTextAsync("Wants to leave");
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.xssFired"));
            Assert.DoesNotContain(console.Errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public async Task EnglishAgent_SeesANewEscalationArriveLive_WithQuickRepliesInTheCustomersLanguage()
    {
        await using var console = await OpenConsoleAsync("en-US");
        var page = console.Page;

        await console.RunAsync(nameof(EnglishAgent_SeesANewEscalationArriveLive_WithQuickRepliesInTheCustomersLanguage), async () =>
        {
            await console.SignInAsync(EscalationScenario.LuisToken);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Agent console");
            await Expect(page.Locator("#queue-empty")).ToHaveTextAsync("The queue is empty.");
            await Expect(page.Locator("#conn-status")).ToHaveAttributeAsync("data-mode", "live");

            await EscalationScenario.DetractorSurveyAsync(_customer, Language.Spanish);

            var row = page.Locator("#queue li.row");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync("Urgent");
            await Expect(row).ToContainTextAsync("Spanish");
            await page.Locator("#filter-language").SelectOptionAsync("English");
            await Expect(row).ToHaveCountAsync(0);
            await page.Locator("#filter-language").SelectOptionAsync(string.Empty);
            await Expect(row).ToHaveCountAsync(1);

            await row.ClickAsync();
            await page.Locator("#claim").ClickAsync();
            await page.Locator("[data-quick=quickCheckOrder]").ClickAsync();
            await Expect(page.Locator("[data-quick=quickCheckOrder]")).ToHaveTextAsync("Check order");
            await Expect(page.Locator("#send-text")).ToHaveValueAsync("Déjame revisar tu pedido un momento, por favor.");

            await page.Locator("#lang-toggle").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Consola de agentes");
            await Expect(page.Locator("[data-quick=quickCheckOrder]")).ToHaveTextAsync("Revisar pedido");
            await Expect(page.Locator("#queue li.row")).ToContainTextAsync("Reclamado");
        });
    }

    [Fact]
    public async Task WhenTheHubNeverAnswers_TheConsoleKeepsWorkingByPolling()
    {
        await using var console = await OpenConsoleAsync("es-ES");
        var page = console.Page;
        // The socket "opens" but nothing ever answers, as behind a proxy that swallows WebSockets.
        await page.RouteWebSocketAsync(url => url.Contains("/hubs/agent", StringComparison.Ordinal), _ => { });

        await console.RunAsync(nameof(WhenTheHubNeverAnswers_TheConsoleKeepsWorkingByPolling), async () =>
        {
            await console.SignInAsync(EscalationScenario.AnaToken);
            await Expect(page.Locator("#conn-status")).ToHaveAttributeAsync("data-mode", "polling");
            await Expect(page.Locator("#conn-status")).ToHaveTextAsync("Actualizando cada 4 s");

            await EscalationScenario.DetractorSurveyAsync(_customer, Language.Spanish);
            var row = page.Locator("#queue li.row");
            await Expect(row).ToHaveCountAsync(1);
            await row.ClickAsync();
            await page.Locator("#claim").ClickAsync();
            await page.Locator("#send-text").FillAsync("Hola, soy Ana.");
            await page.Locator("#send").ClickAsync();
            await Expect(page.Locator("#chat li.from-Agent")).ToContainTextAsync("Hola, soy Ana.");

            Assert.Empty(await _customer.TextsAsync("¿Me devolvéis el dinero?"));
            await Expect(page.Locator("#chat li.from-Customer")).ToContainTextAsync("¿Me devolvéis el dinero?");
            await Expect(page.Locator("#conn-status")).ToHaveAttributeAsync("data-mode", "polling");
        });
    }
}
