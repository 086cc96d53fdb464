using Microsoft.Playwright;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.WebChat;
using SupportBot.Browser.Tests.Infrastructure;
using SupportBot.Dialogs.Knowledge;
using SupportBot.Dialogs.Localization;
using static Microsoft.Playwright.Assertions;

namespace SupportBot.Browser.Tests.WebChat;

/// <summary>The customer Web Chat page in a real Chromium against the real bot and its embedded Direct Line: greeted in the
/// browser's language, a survey answered with buttons and a typed comment, escalated, an agent in the console (another
/// browser context) claims and replies, the customer reads it, the agent resolves and the follow-up question arrives.
/// Also English with a shop's signed link, the ES | EN switch, customer text never run as markup, and a missing bundle.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string SigningKey = "shop-signing-key-0123456789abcdef-0123456789";
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(EscalationScenario.Settings("C42", new Dictionary<string, string?>
    {
        ["DemoOrders:Orders:0:OrderId"] = "A1001",
        ["WebChat:CustomerSigningKey"] = SigningKey,
    }));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string SignedLink(string customer, string order, string lang)
        => $"/?order={order}&customer={customer}&sig={Convert.ToHexStringLower(HmacCustomerLinkVerifier.Sign(SigningKey, customer, order))}&lang={lang}";

    [Fact]
    public async Task SpanishCustomer_SurveyWithButtons_Escalated_AgentRepliesAndResolves()
    {
        var t = Texts.Spanish;
        var chat = await CustomerChat.OpenAsync(browser.Browser, _host.BaseAddress, "es-ES");
        await using var customerTab = chat.Tab;
        await using var agent = await ConsolePage.OpenAsync(browser.Browser, _host.BaseAddress, "es-ES");
        var page = chat.Page;

        await chat.Tab.RunAsync(nameof(SpanishCustomer_SurveyWithButtons_Escalated_AgentRepliesAndResolves), async () =>
        {
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
            await Expect(page.Locator("#lang-es")).ToHaveAttributeAsync("aria-pressed", "true");
            await chat.BotSaysAsync(t.Welcome("SupportBot"));
            await Expect(chat.BotBubblesWith(t.Welcome("SupportBot"))).ToHaveCountAsync(1);

            await chat.ClickSuggestedAsync(t.MenuSurvey);
            await chat.BotSaysAsync(t.SurveyAskCsat);
            await chat.ClickSuggestedAsync("1");
            await chat.BotSaysAsync(t.SurveyAskNps);
            await chat.ClickSuggestedAsync("2");
            await chat.BotSaysAsync("¿Qué salió mal?");
            await chat.TypeAsync("El paquete llegó roto y tarde, y nadie me responde. Me doy de baja.");
            var aspects = chat.BotBubblesWith(t.SurveyAskAspects);
            var escalated = chat.BotBubblesWith("He pasado tu caso");
            await Expect(aspects.Or(escalated).First).ToBeVisibleAsync();
            if (await aspects.CountAsync() > 0)
            {
                await chat.ClickSuggestedAsync(t.AspectDelivery);
            }

            await chat.BotSaysAsync("He pasado tu caso");
            await chat.BotSaysAsync("una persona de nuestro equipo se unirá a esta conversación");

            await agent.RunAsync("agent-" + nameof(SpanishCustomer_SurveyWithButtons_Escalated_AgentRepliesAndResolves), async () =>
            {
                await agent.SignInAsync(EscalationScenario.AnaToken);
                var row = agent.Page.Locator("#queue li.row");
                await Expect(row).ToHaveCountAsync(1);
                await row.ClickAsync();
                await agent.Page.Locator("#claim").ClickAsync();
                await agent.Page.Locator("#send-text").FillAsync("Hola, soy Ana. Te enviamos uno nuevo hoy mismo.");
                await agent.Page.Locator("#send").ClickAsync();
                await Expect(agent.Page.Locator("#chat li.from-Agent")).ToContainTextAsync("Te enviamos uno nuevo");
            });

            await chat.BotSaysAsync(t.AgentSays("Ana", "Hola, soy Ana. Te enviamos uno nuevo hoy mismo."));
            await chat.TypeAsync("Gracias, Ana");

            await agent.RunAsync("agent-resolve-" + nameof(SpanishCustomer_SurveyWithButtons_Escalated_AgentRepliesAndResolves), async () =>
            {
                await Expect(agent.Page.Locator("#chat li.from-Customer")).ToContainTextAsync("Gracias, Ana");
                await agent.Page.Locator("#outcome").SelectOptionAsync("replacement");
                await agent.Page.Locator("#note").FillAsync("Reenvío urgente");
                await agent.Page.Locator("#resolve").ClickAsync();
                await Expect(agent.Page.Locator("#resolve-form")).ToBeHiddenAsync();
            });

            await chat.BotSaysAsync(t.FollowUpQuestion);
            await chat.TypeAsync("5");
            await chat.BotSaysAsync(t.FollowUpThanks(5));
            Assert.DoesNotContain(chat.Tab.Errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public async Task EnglishCustomer_FromASignedLink_StartsTheSurveyForTheOrder_AndSwitchesToSpanish()
    {
        var en = Texts.English;
        var es = Texts.Spanish;
        var chat = await CustomerChat.OpenAsync(browser.Browser, _host.BaseAddress, "en-US", SignedLink("C42", "A1001", "en"));
        await using var tab = chat.Tab;
        var page = chat.Page;

        await chat.Tab.RunAsync(nameof(EnglishCustomer_FromASignedLink_StartsTheSurveyForTheOrder_AndSwitchesToSpanish), async () =>
        {
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page.Locator("#subtitle")).ToHaveTextAsync("Customer care · we reply right away");
            await chat.BotSaysAsync(en.Welcome("SupportBot"));
            await chat.BotSaysAsync("A1001");
            await chat.BotSaysAsync(en.SurveyAskCsat);
            // The signature has been read: it is no longer in the address bar.
            Assert.DoesNotContain("sig=", page.Url, StringComparison.Ordinal);
            Assert.Contains("order=A1001", page.Url, StringComparison.Ordinal);

            await chat.ClickSuggestedAsync("5");
            await chat.BotSaysAsync(en.SurveyAskNps);

            await page.Locator("#lang-es").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
            await Expect(page.Locator("#lang-es")).ToHaveAttributeAsync("aria-pressed", "true");
            await chat.BotSaysAsync(es.LanguageSwitched);
            await chat.BotSaysAsync(es.SurveyAskNps);
            await Expect(page.Locator("[data-id='webchat-sendbox-input']")).ToHaveAttributeAsync("placeholder", "Escribe tu mensaje");
            Assert.DoesNotContain(chat.Tab.Errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public async Task CustomerText_IsShownAsText_NeverRunAsMarkup()
    {
        const string payload = "<img src=x onerror=\"window.xssFired=1\"> <b>bold</b> <script>window.xssFired=2</script>";
        var chat = await CustomerChat.OpenAsync(browser.Browser, _host.BaseAddress, "es-ES");
        await using var tab = chat.Tab;

        await chat.Tab.RunAsync(nameof(CustomerText_IsShownAsText_NeverRunAsMarkup), async () =>
        {
            await chat.BotSaysAsync(Texts.Spanish.Welcome("SupportBot"));
            await chat.TypeAsync(payload);
            // Words the bot has no route for are asked of the knowledge base, which finds nothing in markup.
            await chat.BotSaysAsync(KnowledgeTexts.Spanish.Rephrase);

            await Expect(chat.CustomerBubbles.Locator("img, script, b")).ToHaveCountAsync(0);
            Assert.Equal("undefined", await chat.Page.EvaluateAsync<string>("() => typeof window.xssFired"));
        });
    }

    [Fact]
    public async Task WithoutTheWebChatBundle_ThePageSaysSo_InTheCustomersLanguage()
    {
        var tab = await ConsolePage.OpenAsync(browser.Browser, _host.BaseAddress, "es-ES");
        await using var _ = tab;
        await tab.Page.RouteAsync("**/chat/webchat.js", route => route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "missing" }));

        await tab.RunAsync(nameof(WithoutTheWebChatBundle_ThePageSaysSo_InTheCustomersLanguage), async () =>
        {
            await tab.Page.GotoAsync("/");
            var status = tab.Page.Locator("#status");
            await Expect(status).ToHaveAttributeAsync("role", "alert");
            await Expect(status).ToContainTextAsync("falta el componente Web Chat");
            await tab.Page.Locator("#lang-en").ClickAsync();
            await Expect(status).ToContainTextAsync("the Web Chat component (botframework-webchat) is missing");
        });
    }
}
