using System.Net;
using System.Text.Json;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Faults;

/// <summary>The outbox replay is idempotent — the same escalation replayed by two instances at once (App Service's
/// <c>/home</c> is shared by the instances) is queued and announced once — and readiness reports each check, with a
/// backlog as Degraded (still ready).</summary>
[Collection(RedisCollection.Name)]
public sealed class OutboxReplayTests(RedisServerFixture redis)
{
    private Dictionary<string, string?> OnRedis(string outbox) => new()
    {
        ["State:Provider"] = "Redis",
        ["State:KeyPrefix"] = $"outbox-{Guid.NewGuid():N}:",
        ["Escalation:Store"] = "Redis",
        ["Redis:ConnectionString"] = redis.ConnectionString,
        ["Outbox:Path"] = outbox,
        // Replays run when the test says so.
        ["Outbox:ReplayInterval"] = "01:00:00",
    };

    private static string NewOutboxPath() => Path.Combine(Path.GetTempPath(), "supportbot-tests", $"outbox-{Guid.NewGuid():N}.db");

    private static async Task<OutboxEntry> WriteAheadAsync(BotHost host)
    {
        var escalation = host.Services.GetRequiredService<EscalationService>().NewCase(
            new EscalationRequest
            {
                CustomerId = "webchat:c-1",
                ChannelId = "webchat",
                ConversationId = "conv-" + Guid.NewGuid().ToString("N"),
                Language = Language.Spanish,
                Csat = 1,
                Decision = new EscalationDecision(true, [EscalationReason.LowCsat], EscalationPriority.High),
            },
            "CSAT 1",
            [],
            conversationReference: null);
        var entry = new OutboxEntry(LocalOutbox.Escalation, escalation.Id, RecordJson.Serialize(escalation));
        await host.Services.GetRequiredService<LocalOutbox>().PutAsync(entry.Kind, entry.Id, escalation.Request.ConversationId, entry.Json, CancellationToken.None);
        return entry;
    }

    [Fact]
    public async Task SameEscalationReplayedByTwoInstancesAtOnce_QueuedOnce_AnnouncedOnce()
    {
        var outbox = NewOutboxPath();
        var settings = OnRedis(outbox);
        var notifier = new RecordingNotifier();
        await using var first = await BotHost.StartAsync(settings, s => s.AddSingleton<IEscalationNotifier>(notifier));
        await using var second = await BotHost.StartAsync(settings, s => s.AddSingleton<IEscalationNotifier>(notifier));
        var entry = await WriteAheadAsync(first);

        var replayed = await Task.WhenAll(
            first.Services.GetRequiredService<OutboxReplayService>().ReplayAsync(CancellationToken.None),
            second.Services.GetRequiredService<OutboxReplayService>().ReplayAsync(CancellationToken.None),
            first.Services.GetRequiredService<OutboxReplayService>().ReplayAsync(CancellationToken.None));

        Assert.InRange(replayed.Sum(), 1, 3);
        var store = first.Services.GetRequiredService<IEscalationStore>();
        Assert.Single(await store.ListOpenAsync(CancellationToken.None), e => e.Id == entry.Id);
        Assert.Equal(1, (await store.GetAsync(entry.Id, CancellationToken.None))!.Version);
        Assert.Equal(1, notifier.CreatedCount(entry.Id));
        Assert.Equal(0, await first.Services.GetRequiredService<LocalOutbox>().CountAsync(CancellationToken.None));

        // Replaying it again (a copy of the file restored, an instance that crashed before removing it) changes nothing.
        await first.Services.GetRequiredService<LocalOutbox>().PutAsync(entry.Kind, entry.Id, null, entry.Json, CancellationToken.None);
        await second.Services.GetRequiredService<OutboxReplayService>().ReplayAsync(CancellationToken.None);
        Assert.Equal(1, notifier.CreatedCount(entry.Id));
        Assert.Equal(1, (await store.GetAsync(entry.Id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Readiness_NamesEachCheck_BacklogIsDegradedButReady_NoPathsOrSecrets()
    {
        var outbox = NewOutboxPath();
        await using var host = await BotHost.StartAsync(OnRedis(outbox));

        var healthy = await ReadyAsync(host);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (healthy.Status, healthy.Overall));
        Assert.Equal(["escalationQueue", "redis", "storage"], healthy.Checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(healthy.Checks.Values, status => Assert.Equal("Healthy", status));
        Assert.DoesNotContain("supportbot-tests", healthy.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(redis.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), healthy.Body, StringComparison.Ordinal);

        await WriteAheadAsync(host);
        var backlog = await ReadyAsync(host);
        Assert.Equal((HttpStatusCode.OK, "Degraded", "Degraded"), (backlog.Status, backlog.Overall, backlog.Checks["escalationQueue"]));

        await host.Services.GetRequiredService<OutboxReplayService>().ReplayAsync(CancellationToken.None);
        Assert.Equal("Healthy", (await ReadyAsync(host)).Overall);
        using var live = await host.Client.GetAsync(HealthEndpoints.LiveRoute);
        using var legacy = await host.Client.GetAsync("/healthz");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, legacy.StatusCode));
    }

    [Fact]
    public async Task Readiness_WithoutRedis_ChecksTheEmbeddedFiles()
    {
        await using var host = await BotHost.StartAsync();

        var ready = await ReadyAsync(host);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.Status, ready.Overall));
        Assert.Equal(["escalationQueue", "storage"], ready.Checks.Keys.Order(StringComparer.Ordinal));
    }

    private static async Task<(HttpStatusCode Status, string Overall, Dictionary<string, string> Checks, string Body)> ReadyAsync(BotHost host)
    {
        using var response = await host.Client.GetAsync(HealthEndpoints.ReadyRoute);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonSerializer.Deserialize<JsonElement>(body);
        var checks = json.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!, StringComparer.Ordinal);
        return (response.StatusCode, json.GetProperty("status").GetString()!, checks, body);
    }
}
