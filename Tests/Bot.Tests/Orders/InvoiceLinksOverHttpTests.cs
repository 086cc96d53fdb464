using System.Net;
using SupportBot.Bot.Orders;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Teams;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Bot.Tests.Orders;

/// <summary><c>GET /invoices/{token}</c> on the real bot over HTTP with the SQLite demo shop, and a Teams customer who asks
/// for an invoice and gets a button whose link downloads the PDF.</summary>
public sealed class InvoiceLinksOverHttpTests : SeededShopTests
{
    private static readonly OrderCaller Caller = new("msteams:29:abc", "a:conv-1");

    private SignedInvoiceLinks Links => Host.Services.GetRequiredService<SignedInvoiceLinks>();

    [Fact]
    public async Task AValidToken_DownloadsTheRealPdf_NotCached_AsAnAttachment()
    {
        using var response = await Host.Client.GetAsync(new Uri(InvoiceEndpoint.PathFor(Links.CreateToken("400101", Caller)!), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedExpiredOrInvoicelessTokens_Are404Problems()
    {
        var token = Links.CreateToken("400101", Caller)!;
        var other = Links.CreateToken("400108", Caller)!;
        string[] bad =
        [
            other[..other.IndexOf('.', StringComparison.Ordinal)] + token[token.IndexOf('.', StringComparison.Ordinal)..],
            "garbage",
            "a.b",
            Links.CreateToken("999999", Caller)!,
        ];
        foreach (var path in bad)
        {
            using var response = await Host.Client.GetAsync(new Uri(InvoiceEndpoint.PathFor(path), UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Clock.Advance(TimeSpan.FromMinutes(16));
        using var expired = await Host.Client.GetAsync(new Uri(InvoiceEndpoint.PathFor(token), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "necesito la factura del pedido 400101", "28013", "400101")]
    [InlineData("en-GB", Language.English, "I need the invoice for order 400108", "emily.johnson@mail.co.uk", "400108")]
    public async Task InTeams_TheInvoiceIsAButton_WhoseLinkDownloadsThePdf(string locale, Language language, string ask, string proof, string order)
    {
        await using var connector = await ConnectorServer.StartAsync();
        await using var host = await BotHost.StartAsync(
            new Dictionary<string, string?> { ["Orders:PublicBaseUrl"] = "https://bot.example/" },
            s => s.AddSingleton<TimeProvider>(Clock));
        var customer = new TeamsCustomer(connector.ServiceUrl, locale) { Host = host };

        await customer.SayAsync(ask);
        await customer.SayAsync(proof);

        var replies = connector.Calls.Where(c => c.Kind is "send" or "reply" && c.ConversationId == customer.ConversationId).ToList();
        var copy = (await host.Services.GetRequiredService<SqliteOrderStore>().GetInvoiceAsync(order, new OrderCaller("test", "test"), default))!;
        Assert.Null(copy.DownloadUrl);
        var invoice = Assert.Single(replies, r => r.Text == OrderTexts.For(language).InvoiceDownload(copy.InvoiceNumber, order));
        var attachment = Assert.Single((invoice.Body["activity"] ?? invoice.Body)["attachments"]!);
        Assert.Equal("application/vnd.microsoft.card.hero", (string?)attachment["contentType"]);
        var button = invoice.Card!["buttons"]![0]!;
        Assert.Equal(OrderTexts.For(language).DownloadButton, (string?)button["title"]);
        var link = new Uri((string)button["value"]!);
        Assert.Equal("bot.example", link.Host);

        // The public address is the proxy's; the same path on the bot itself serves the PDF.
        using var response = await host.Client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
