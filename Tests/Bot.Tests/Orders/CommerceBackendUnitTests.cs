using System.Net;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Orders.Http;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>The small pure parts of the commerce backend client: header encoding, file names, Retry-After.</summary>
public sealed class CommerceBackendUnitTests
{
    [Theory]
    [InlineData("webchat:ana-7Qk", "webchat:ana-7Qk")]
    [InlineData("29:1Núñez", "29:1N%C3%BA%C3%B1ez")]
    [InlineData("50% + tax", "50%25 %2B tax")]
    [InlineData("emoji 🙂", "emoji %F0%9F%99%82")]
    [InlineData("line\nbreak", "line%0Abreak")]
    public void Encode_PrintableAsciiAsIs_RestPercentEncoded_AndDecodesBack(string value, string expected)
    {
        var encoded = CommerceBackendHeaders.Encode(value);

        Assert.Equal(expected, encoded);
        Assert.Equal(value, Uri.UnescapeDataString(encoded));
    }

    [Theory]
    [InlineData("factura-F2026-000101.pdf", "F1", "factura-F2026-000101.pdf")]
    [InlineData("../../etc/passwd", "F1", "etc_passwd.pdf")]
    [InlineData("..\\..\\boot.ini", "F1", "boot.ini.pdf")]
    [InlineData(null, "F2026/7", "F2026_7.pdf")]
    [InlineData("   ", "F9", "F9.pdf")]
    [InlineData("Factura Marzo.PDF", "F1", "Factura_Marzo.PDF")]
    public void SafeFileName_NoPathsNoSurprises(string? offered, string invoiceNumber, string expected)
        => Assert.Equal(expected, CommerceBackendClient.SafeFileName(offered, invoiceNumber));

    [Fact]
    public void RetryAfter_SecondsOrDate_NeverNegative_OnlyFor429()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        using var seconds = Throttled();
        seconds.Headers.RetryAfter = new(TimeSpan.FromSeconds(3));
        using var date = Throttled();
        date.Headers.RetryAfter = new(time.GetUtcNow().AddSeconds(4));
        using var past = Throttled();
        past.Headers.RetryAfter = new(time.GetUtcNow().AddSeconds(-4));
        using var none = Throttled();
        using var serverError = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        serverError.Headers.RetryAfter = new(TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(3), CommerceBackendResilience.RetryAfter(seconds, time));
        Assert.Equal(TimeSpan.FromSeconds(4), CommerceBackendResilience.RetryAfter(date, time));
        Assert.Equal(TimeSpan.Zero, CommerceBackendResilience.RetryAfter(past, time));
        Assert.Null(CommerceBackendResilience.RetryAfter(none, time));
        Assert.Null(CommerceBackendResilience.RetryAfter(serverError, time));
    }

    private static HttpResponseMessage Throttled() => new(HttpStatusCode.TooManyRequests);
}
