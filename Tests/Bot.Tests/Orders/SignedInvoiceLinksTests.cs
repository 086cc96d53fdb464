using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Orders;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>The signed invoice links on their own: what a token carries, its signature, its lifetime and its base URL.</summary>
public sealed class SignedInvoiceLinksTests
{
    private const string Key = "a-test-key-that-is-long-enough-0123456789";
    private static readonly OrderCaller Caller = new("msteams:29:abc", "a:conv-1");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    private SignedInvoiceLinks Links(string? key = Key, Uri? publicBaseUrl = null, Uri? directLineBaseUrl = null) => new(
        Options.Create(new OrdersOptions { InvoiceLinkKey = key, PublicBaseUrl = publicBaseUrl }),
        Options.Create(new DirectLineOptions { PublicBaseUrl = directLineBaseUrl }),
        new SharedKeys(new ServiceCollection().BuildServiceProvider(), Options.Create(new RedisOptions()), Options.Create(new StateOptions())),
        _clock,
        NullLogger<SignedInvoiceLinks>.Instance);

    [Fact]
    public void AToken_CarriesTheOrderAndTheCaller()
    {
        var links = Links();

        Assert.True(links.TryRead(links.CreateToken("400101", Caller), out var order, out var caller));
        Assert.Equal("400101", order);
        Assert.Equal(Caller, caller);
    }

    [Fact]
    public void AToken_WorksForItsLifetimeOnly()
    {
        var links = Links();
        var token = links.CreateToken("400101", Caller);

        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.True(links.TryRead(token, out _, out _));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(links.TryRead(token, out _, out _));
    }

    [Fact]
    public void ATamperedToken_OrOneSignedWithAnotherKey_IsRefused()
    {
        var links = Links();
        var token = links.CreateToken("400101", Caller)!;
        var other = Links().CreateToken("400108", Caller)!;
        var dot = token.IndexOf('.', StringComparison.Ordinal);

        // Another order's payload with this token's signature.
        Assert.False(links.TryRead(other[..other.IndexOf('.', StringComparison.Ordinal)] + token[dot..], out _, out _));
        Assert.False(links.TryRead(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1], out _, out _));
        Assert.False(Links(key: "another-test-key-that-is-long-enough-000").TryRead(token, out _, out _));
        Assert.False(links.TryRead("not a token", out _, out _));
        Assert.False(links.TryRead("!!!.???", out _, out _));
        Assert.False(links.TryRead(string.Empty, out _, out _));
    }

    [Fact]
    public void WithoutAConfiguredKey_ARandomKeyStillSignsAndChecks_ButDiffersPerInstance()
    {
        var first = Links(key: null);
        var token = first.CreateToken("400101", Caller);

        Assert.True(first.TryRead(token, out _, out _));
        Assert.False(Links(key: null).TryRead(token, out _, out _));
    }

    [Fact]
    public void ALink_NeedsAPublicBaseUrl_OrdersFirstThenDirectLine()
    {
        Assert.Null(Links().CreateLink("400101", Caller));

        var own = Links(publicBaseUrl: new Uri("https://bot.example/"), directLineBaseUrl: new Uri("https://chat.example/"))
            .CreateLink("400101", Caller)!;
        Assert.StartsWith("https://bot.example/invoices/", own.AbsoluteUri, StringComparison.Ordinal);

        var directLine = Links(directLineBaseUrl: new Uri("https://chat.example/")).CreateLink("400101", Caller)!;
        Assert.StartsWith("https://chat.example/invoices/", directLine.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void APartWithTheSeparator_GetsNoLink()
        => Assert.Null(Links(publicBaseUrl: new Uri("https://bot.example/")).CreateLink("400101", new OrderCaller("a|b", "c")));
}
