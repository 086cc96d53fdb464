using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly;
using SupportBot.Bot.Sentiment.Azure;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>The pure rules behind the Azure analyzer, table-driven.</summary>
public sealed class SentimentRulesTests
{
    [Theory]
    [InlineData("entrega", ServiceAspect.Delivery)]
    [InlineData("La Entrega", ServiceAspect.Delivery)]
    [InlineData("envío", ServiceAspect.Delivery)]
    [InlineData("delivery", ServiceAspect.Delivery)]
    [InlineData("producto", ServiceAspect.Product)]
    [InlineData("the product", ServiceAspect.Product)]
    [InlineData("support", ServiceAspect.Support)]
    [InlineData("the agent", ServiceAspect.Support)]
    [InlineData("atención al cliente", ServiceAspect.Support)]
    [InlineData("customer service", ServiceAspect.Support)]
    [InlineData("price", ServiceAspect.Billing)]
    [InlineData("invoice", ServiceAspect.Billing)]
    [InlineData("factura", ServiceAspect.Billing)]
    [InlineData("cobro", ServiceAspect.Billing)]
    [InlineData("return", ServiceAspect.Returns)]
    [InlineData("devolución", ServiceAspect.Returns)]
    [InlineData("food", null)]
    [InlineData("atmosphere", null)]
    public void Target_MapsToPostSaleAspect(string target, ServiceAspect? expected)
        => Assert.Equal(expected, AspectMapper.Map(target));

    [Theory]
    [InlineData("positive neutral", SentimentLabel.Positive)]
    [InlineData("positive positive", SentimentLabel.Positive)]
    [InlineData("negative neutral neutral", SentimentLabel.Negative)]
    [InlineData("positive negative", SentimentLabel.Mixed)]
    [InlineData("neutral negative neutral positive", SentimentLabel.Mixed)]
    [InlineData("neutral neutral", SentimentLabel.Neutral)]
    [InlineData("", SentimentLabel.Neutral)]
    public void DocumentLabel_FollowsTheServiceRule(string sentences, SentimentLabel expected)
        => Assert.Equal(expected, SentimentMapper.DocumentLabel(sentences.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SentimentMapper.ParseLabel)));

    [Fact]
    public void ShortText_OnePiece()
        => Assert.Equal([new TextPiece(0, "Hola. Adiós.")], TextSplitter.Split("Hola. Adiós.", 5120));

    [Fact]
    public void LimitCountsGraphemesNotUtf16()
    {
        // 3,000 family emoji: 33,000 UTF-16 units but 3,000 text elements.
        var text = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 3000));
        Assert.Single(TextSplitter.Split(text, 5120));
    }

    [Fact]
    public void LongText_SplitAtSentenceBoundaries_WithinLimit()
    {
        var text = string.Concat(Enumerable.Range(0, 100).Select(i => $"Frase {i.ToString(CultureInfo.InvariantCulture)}. "));

        var pieces = TextSplitter.Split(text, 100);

        Assert.True(pieces.Count > 1);
        Assert.Equal(text, string.Concat(pieces.Select(p => p.Text)));
        Assert.All(pieces, p => Assert.True(new StringInfo(p.Text).LengthInTextElements <= 100));
        Assert.All(pieces, p => Assert.Equal(p.Text, text.Substring(p.Offset, p.Text.Length)));
        Assert.All(pieces, p => Assert.StartsWith("Frase", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void OverlongSentence_SplitAtSpaces_NeverInsideAGrapheme()
    {
        var text = "Intro. " + string.Concat(Enumerable.Repeat("palabra 👍🏽 ", 60)) + "fin.";

        var pieces = TextSplitter.Split(text, 50);

        Assert.Equal(text, string.Concat(pieces.Select(p => p.Text)));
        Assert.All(pieces, p => Assert.True(new StringInfo(p.Text).LengthInTextElements <= 50));
        Assert.All(pieces, p => Assert.Equal(p.Text, text.Substring(p.Offset, p.Text.Length)));
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith(" ", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void RetryAfter_SecondsOrDate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.TryAddWithoutValidation("Retry-After", "7");
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        date.Headers.TryAddWithoutValidation("Retry-After", time.GetUtcNow().AddSeconds(4).ToString("R"));
        using var past = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        past.Headers.TryAddWithoutValidation("Retry-After", time.GetUtcNow().AddSeconds(-30).ToString("R"));
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.FromSeconds(7), AzureLanguageResilience.RetryAfter(seconds, time));
        Assert.Equal(TimeSpan.FromSeconds(4), AzureLanguageResilience.RetryAfter(date, time));
        Assert.Equal(TimeSpan.Zero, AzureLanguageResilience.RetryAfter(past, time));
        Assert.Null(AzureLanguageResilience.RetryAfter(none, time));
    }

    [Theory]
    [InlineData(429, null, true)]
    [InlineData(429, "5", true)]
    [InlineData(429, "3600", false)]
    [InlineData(500, null, true)]
    [InlineData(502, null, true)]
    [InlineData(503, "2", true)]
    [InlineData(504, null, true)]
    [InlineData(501, null, false)]
    [InlineData(400, null, false)]
    [InlineData(401, null, false)]
    [InlineData(403, "1296000", false)]
    [InlineData(403, "1", false)]
    [InlineData(404, null, false)]
    [InlineData(200, null, false)]
    public void Retry_OnlyTransientAnswersWithinTheCap(int status, string? retryAfter, bool expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        Assert.Equal(expected, AzureLanguageResilience.ShouldRetry(Outcome.FromResult(response), TimeSpan.FromSeconds(10), TimeProvider.System));
    }

    [Fact]
    public void Retry_NetworkErrorsAndAttemptTimeouts()
    {
        Assert.True(AzureLanguageResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException()), TimeSpan.FromSeconds(10), TimeProvider.System));
        Assert.True(AzureLanguageResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new Polly.Timeout.TimeoutRejectedException()), TimeSpan.FromSeconds(10), TimeProvider.System));
        Assert.False(AzureLanguageResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException()), TimeSpan.FromSeconds(10), TimeProvider.System));
    }
}
