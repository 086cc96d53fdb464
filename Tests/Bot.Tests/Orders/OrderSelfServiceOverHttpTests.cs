using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Orders;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>Order self-service through the real host over HTTP (production composition, state through the production
/// JSON serializer and its type allow-list), with the order system at the edge.</summary>
public sealed class OrderSelfServiceOverHttpTests
{
    public static TheoryData<string, Language> Locales => new()
    {
        { "es-ES", Language.Spanish },
        { "en-US", Language.English },
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task NoOrderSystem_SelfServiceApologisesAndOffersAPerson(string locale, Language language)
    {
        // What the host falls back to when no order system is registered (whatever a later registration brings).
        await using var host = await BotHost.StartAsync(configureServices: s => s.RemoveAll<IOrderService>().AddSingleton<IOrderService, UnavailableOrderService>());
        var customer = new Customer(host, locale);
        var (t, o) = (Texts.For(language), OrderTexts.For(language));

        Assert.Equal([t.Welcome("SupportBot"), o.AskProof("400101")],
            await customer.TextsAsync(language == Language.English ? "where is my order 400101?" : "¿dónde está mi pedido 400101?"));
        Assert.Equal([o.Unavailable, t.HandoffConfirm], await customer.TextsAsync("28013"));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Status_ComesAsPlainTextWithATrackingCard(string locale, Language language)
    {
        await using var host = await BotHost.StartAsync(configureServices: s => s.AddSingleton<IOrderService, TwoOrderShop>());
        var customer = new Customer(host, locale);
        var o = OrderTexts.For(language);

        await customer.SayAsync(language == Language.English ? "where is my order 400101?" : "¿dónde está mi pedido 400101?");
        var replies = await customer.SayAsync("Lucia.Martin@example.es");

        var status = replies[0];
        Assert.Equal(o.Status(TwoOrderShop.OnItsWay), status.Text);
        Assert.Equal(TextFormatTypes.Plain, status.TextFormat);
        Assert.Contains("<b>Sonora</b>", status.Text, StringComparison.Ordinal);
        var card = Assert.Single(status.Attachments);
        Assert.Equal(HeroCard.ContentType, card.ContentType);
        var button = Assert.Single(JObject.FromObject(card.Content)["buttons"]!);
        Assert.Equal(ActionTypes.OpenUrl, (string?)button["type"]);
        Assert.Equal("https://www.seur.com/tracking?n=SEU123456789ES", (string?)button["value"]);
        Assert.Equal(Texts.For(language).AnythingElse, replies[^1].Text);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Invoice_ArrivesAsANamedPdfAttachment(string locale, Language language)
    {
        await using var host = await BotHost.StartAsync(configureServices: s => s.AddSingleton<IOrderService, TwoOrderShop>());
        var customer = new Customer(host, locale);

        await customer.SayAsync(language == Language.English ? "I need the invoice for order 400102" : "necesito la factura del pedido 400102");
        var replies = await customer.SayAsync("28013");

        Assert.Equal(OrderTexts.For(language).InvoiceAttached("F2026-000102", "400102"), replies[0].Text);
        var pdf = replies[0].Attachments[0];
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Equal("factura-F2026-000102.pdf", pdf.Name);
        Assert.Equal("data:application/pdf;base64," + Convert.ToBase64String(TwoOrderShop.Pdf), pdf.ContentUrl);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task WrongProofs_LockTheOrder_InConversationState_UntilTheLockRunsOut(string locale, Language language)
    {
        var shop = new TwoOrderShop();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        await using var host = await BotHost.StartAsync(
            new Dictionary<string, string?> { ["OrderSelfService:MaxIdentityFailures"] = "2", ["OrderSelfService:LockoutDuration"] = "00:10:00" },
            s => s.AddSingleton<IOrderService>(shop).AddSingleton<TimeProvider>(clock));
        var customer = new Customer(host, locale);
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        var ask = language == Language.English ? "where is my order 400101?" : "¿dónde está mi pedido 400101?";

        await customer.SayAsync(ask);
        Assert.Equal([o.NoMatch, o.AskProofAgain("400101")], await customer.TextsAsync("nobody@example.es"));
        Assert.Equal([o.Locked("400101", TimeSpan.FromMinutes(10)), t.HandoffConfirm], await customer.TextsAsync("08001"));
        Assert.Equal([t.HandoffDeclined, t.AnythingElse], await customer.TextsAsync("no"));

        // Four minutes on, still locked, and the order system is not consulted.
        clock.Advance(TimeSpan.FromMinutes(4));
        var lookups = shop.Lookups;
        Assert.Equal([o.Locked("400101", TimeSpan.FromMinutes(6)), t.HandoffConfirm], await customer.TextsAsync(ask));
        Assert.Equal(lookups, shop.Lookups);
        await customer.SayAsync("no");

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal([o.AskProof("400101")], await customer.TextsAsync(ask));
        Assert.StartsWith(o.Status(TwoOrderShop.OnItsWay), (await customer.TextsAsync("28013"))[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OrderSelfService:MaxIdentityFailures", "0")]
    [InlineData("OrderSelfService:LockoutDuration", "00:00:00")]
    [InlineData("OrderSelfService:VerifiedDuration", "00:00:00")]
    [InlineData("OrderSelfService:VerifiedDuration", "2.00:00:00")]
    public async Task InvalidLockSettings_StopTheHost_NamingTheKey(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
