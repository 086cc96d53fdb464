using System.Net;
using System.Text.Json;
using SupportBot.Bot.Invitations;
using SupportBot.Bot.Tests.Infrastructure;
using static SupportBot.Bot.Tests.Invitations.InvitationScenario;

namespace SupportBot.Bot.Tests.Invitations;

/// <summary>The order-delivered webhook over real HTTP: the signature matrix (good, wrong secret, tampered body, stale or
/// future timestamp, missing headers), the body contract (bad JSON, bad fields), idempotency per order, the webhook
/// off without a secret, and problem JSON on every refusal — never a 500.</summary>
public sealed class OrderDeliveredWebhookTests
{
    private static async Task<(BotHost Host, Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock)> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var clock = Clock();
        return (await BotHost.StartAsync(settings ?? Settings(), Services(clock)), clock);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task ASignedDelivery_IsScheduledSevenDaysLater_AndTheSameOrderAgainKeepsItsOneSchedule()
    {
        var (host, clock) = await StartAsync();
        await using var running = host;
        var body = Body("400101", "C42", clock.GetUtcNow(), "en", "Europe/London");

        using var first = await PostAsync(host, body, clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Start.AddDays(7), created.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("Pending", created.GetProperty("state").GetString());

        // The shop retries (or sends it again a day later with another delivery time): one schedule, unchanged.
        clock.Advance(TimeSpan.FromDays(1));
        using var again = await PostAsync(host, Body("400101", "C42", clock.GetUtcNow()), clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var existing = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Start.AddDays(7), existing.GetProperty("dueAt").GetDateTimeOffset());

        var schedule = await ScheduleAsync(host, "400101");
        Assert.Equal(("C42", Start, SupportBot.Dialogs.Localization.Language.English, "Europe/London"), (schedule.CustomerId, schedule.DeliveredAt, schedule.Language!.Value, schedule.TimeZone));
    }

    [Fact]
    public async Task BadSignatures_AreRefusedWith401_AndScheduleNothing()
    {
        var (host, clock) = await StartAsync();
        await using var running = host;
        var now = clock.GetUtcNow();
        var body = Body("400102", "C42", now);

        using (var wrongSecret = await PostAsync(host, body, now, secret: "another-secret-0123456789abcdef0123"))
        {
            await ProblemAsync(wrongSecret, HttpStatusCode.Unauthorized);
        }

        // Signed, then changed on the way: the signature no longer matches.
        var tampered = new HttpRequestMessage(HttpMethod.Post, OrderDeliveredWebhook.Route)
        {
            Content = new StringContent(body.Replace("400102", "400109", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
        };
        tampered.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(Secret, now.ToUnixTimeSeconds(), System.Text.Encoding.UTF8.GetBytes(body)));
        tampered.Headers.Add(WebhookSignature.TimestampHeader, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var response = await host.Client.SendAsync(tampered))
        {
            await ProblemAsync(response, HttpStatusCode.Unauthorized);
        }

        // A captured request replayed ten minutes later, or one dated in the future.
        using (var stale = await PostAsync(host, body, now.AddMinutes(-10)))
        {
            Assert.Contains("Timestamp", (await ProblemAsync(stale, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using (var future = await PostAsync(host, body, now.AddMinutes(10)))
        {
            await ProblemAsync(future, HttpStatusCode.Unauthorized);
        }

        using (var noSignature = await PostAsync(host, body, now, withSignature: false))
        {
            await ProblemAsync(noSignature, HttpStatusCode.Unauthorized);
        }

        using (var noTimestamp = await PostAsync(host, body, now, withTimestamp: false))
        {
            await ProblemAsync(noTimestamp, HttpStatusCode.Unauthorized);
        }

        using var garbage = new HttpRequestMessage(HttpMethod.Post, OrderDeliveredWebhook.Route) { Content = new StringContent(body) };
        garbage.Headers.Add(WebhookSignature.SignatureHeader, "sha256=zz-not-hex");
        garbage.Headers.Add(WebhookSignature.TimestampHeader, "yesterday");
        using (var response = await host.Client.SendAsync(garbage))
        {
            await ProblemAsync(response, HttpStatusCode.Unauthorized);
        }

        Assert.Null(await Store(host).GetAsync("400102", CancellationToken.None));
        Assert.Null(await Store(host).GetAsync("400109", CancellationToken.None));
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("""{"customerId":"C42","deliveredAt":"2026-12-01T10:00:00Z"}""", "orderId")]
    [InlineData("""{"orderId":"40 01","customerId":"C42","deliveredAt":"2026-12-01T10:00:00Z"}""", "orderId")]
    [InlineData("""{"orderId":"400101","deliveredAt":"2026-12-01T10:00:00Z"}""", "customerId")]
    [InlineData("""{"orderId":"400101","customerId":"C42","deliveredAt":"last week"}""", "deliveredAt")]
    [InlineData("""{"orderId":"400101","customerId":"C42","deliveredAt":"2026-12-01T10:00:00Z","language":"fr"}""", "language")]
    [InlineData("""{"orderId":"400101","customerId":"C42","deliveredAt":"2026-12-01T10:00:00Z","timeZone":"Mars/Olympus"}""", "timeZone")]
    [InlineData("""{"orderId":400101,"customerId":"C42","deliveredAt":"2026-12-01T10:00:00Z"}""", "orderId")]
    public async Task ASignedBodyThatIsNotTheContract_Gets400SayingWhatIsWrong(string body, string named)
    {
        var (host, clock) = await StartAsync();
        await using var running = host;

        using var response = await PostAsync(host, body, clock.GetUtcNow());

        Assert.Contains(named, (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSignature_IsTheOneTheReadmesOpensslExampleComputes()
    {
        // printf '%s.%s' 1764585000 "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -hex
        const string body = "{\"orderId\":\"400101\",\"customerId\":\"C42\",\"deliveredAt\":\"2026-12-01T10:30:00Z\"}";
        Assert.Equal(
            "sha256=910cda53a70f8c85e667909e631f2aff1ed9ccb03dcc596663f1b37e08806531",
            WebhookSignature.Compute(Secret, 1764585000, System.Text.Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public async Task WithoutASecret_TheWebhookIsOff()
    {
        var (host, clock) = await StartAsync(new Dictionary<string, string?>());
        await using var running = host;

        using var response = await PostAsync(host, Body("400101", "C42", clock.GetUtcNow()), clock.GetUtcNow());

        Assert.Contains("Invitations:WebhookSecret", (await ProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
