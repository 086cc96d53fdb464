using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Invitations;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Invitations;

/// <summary>What the invitation tests share: the shop's webhook secret, signed webhook calls, a fake clock starting on
/// a Tuesday morning in Madrid, and settings that keep the scheduler's own timer out of the way (tests run a pass when
/// they mean to).</summary>
internal static class InvitationScenario
{
    public const string Secret = "shop-webhook-secret-0123456789abcdef";

    /// <summary>Tuesday 1 December 2026, 10:00 UTC (11:00 in Madrid).</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Start);

    /// <summary>The bot's services on <paramref name="clock"/>, without the scheduler's timer (a test runs a pass with
    /// <see cref="RunOnceAsync"/> when it means to, so advancing the clock never starts one behind its back).</summary>
    public static Action<IServiceCollection> Services(FakeTimeProvider clock) => services =>
    {
        services.AddSingleton<TimeProvider>(clock);
        var timer = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(InvitationScheduler));
        services.Remove(timer);
    };

    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Invitations:WebhookSecret"] = Secret,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public static string Body(string orderId, string customerId, DateTimeOffset deliveredAt, string? language = null, string? timeZone = null)
    {
        var body = new JObject
        {
            ["orderId"] = orderId,
            ["customerId"] = customerId,
            ["deliveredAt"] = deliveredAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (language is not null)
        {
            body["language"] = language;
        }

        if (timeZone is not null)
        {
            body["timeZone"] = timeZone;
        }

        return body.ToString();
    }

    /// <summary>Posts <paramref name="body"/> signed at <paramref name="signedAt"/> the way the shop does.</summary>
    public static Task<HttpResponseMessage> PostAsync(
        BotHost host, string body, DateTimeOffset signedAt, string secret = Secret, bool withSignature = true, bool withTimestamp = true)
    {
        var timestamp = signedAt.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, OrderDeliveredWebhook.Route)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (withSignature)
        {
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        }

        if (withTimestamp)
        {
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        }

        return host.Client.SendAsync(request);
    }

    /// <summary>Registers a delivered order; asserts it was accepted.</summary>
    public static async Task DeliveredAsync(BotHost host, FakeTimeProvider clock, string orderId, string customerId, string? language = null, string? timeZone = null)
    {
        using var response = await PostAsync(host, Body(orderId, customerId, clock.GetUtcNow(), language, timeZone), clock.GetUtcNow());
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static Task<int> RunOnceAsync(BotHost host)
        => host.Services.GetRequiredService<InvitationDispatcher>().RunOnceAsync(CancellationToken.None);

    /// <summary>Waits (up to 30 s) until the customer's turn has recorded where to reach them.</summary>
    public static async Task<CustomerReference> WaitForReferenceAsync(BotHost host, string customerId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await Store(host).GetReferenceAsync(customerId, CancellationToken.None) is { } reference)
            {
                return reference;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No conversation reference was recorded for {customerId}.");
            await Task.Delay(50);
        }
    }

    public static IInvitationStore Store(BotHost host) => host.Services.GetRequiredService<IInvitationStore>();

    public static async Task<ScheduledInvitation> ScheduleAsync(BotHost host, string orderId)
        => (await Store(host).GetAsync(orderId, CancellationToken.None))!;
}
