using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Agents;

/// <summary>Two bot instances sharing a real Redis server (queue store and SignalR backplane): what happens on one
/// reaches an agent connected to the other.</summary>
[Collection(RedisCollection.Name)]
public sealed class AgentHubOverRedisTests(RedisServerFixture redis)
{
    [Fact]
    public async Task EventsRaisedOnOneInstance_ReachAnAgentConnectedToTheOther()
    {
        var shared = new Dictionary<string, string?>
        {
            ["State:KeyPrefix"] = $"hub-{Guid.NewGuid():N}:",
            ["Escalation:Store"] = "Redis",
            ["Redis:ConnectionString"] = redis.ConnectionString,
        };
        await using var first = await BotHost.StartAsync(EscalationScenario.Settings("webchat:nobody", shared));
        await using var second = await BotHost.StartAsync(EscalationScenario.Settings("webchat:nobody", shared));
        await using var anaOnSecond = await AgentHubClient.ConnectAsync(second, EscalationScenario.AnaToken);
        var onFirst = first.Services.GetRequiredService<EscalationService>();

        // The backplane subscribes in the background after a connection: probe until an event raised on the first
        // instance reaches the second (on a loaded machine the first one may be raised before the subscription is live).
        for (var attempt = 0; ; attempt++)
        {
            var probe = await QueuedDirectly.CreateAsync(first, EscalationPriority.Low, Language.English, EscalationReason.LowCsat);
            if (await anaOnSecond.TryWaitForAsync("queueChanged", row => row.GetProperty("id").GetString() == probe.Id, TimeSpan.FromSeconds(5)) is not null)
            {
                break;
            }

            Assert.True(attempt < 5, "No event raised on the first instance reached the second within 30 s.");
        }

        var escalation = await QueuedDirectly.CreateAsync(first, EscalationPriority.High, Language.Spanish, EscalationReason.DetractorNps);

        await anaOnSecond.WaitForAsync("queueChanged", row => row.GetProperty("id").GetString() == escalation.Id
            && row.GetProperty("status").GetString() == "Waiting");
        await anaOnSecond.WatchAsync(escalation.Id);
        using var luisOnFirst = EscalationScenario.Agent(first, EscalationScenario.LuisToken);
        (await luisOnFirst.PostAsync($"/api/agent/escalations/{escalation.Id}/claim", null)).EnsureSuccessStatusCode();
        await anaOnSecond.WaitForAsync("queueChanged", row => row.GetProperty("id").GetString() == escalation.Id
            && row.GetProperty("claimedBy").GetString() == "luis");

        await onFirst.AppendMessageAsync(escalation, new TranscriptEntry(DateTimeOffset.UtcNow, TranscriptSender.Customer, "¿Hay alguien?"), CancellationToken.None);
        var line = await anaOnSecond.WaitForAsync("message", m => m.GetProperty("escalationId").GetString() == escalation.Id);
        Assert.Equal("¿Hay alguien?", line.GetProperty("message").GetProperty("text").GetString());
    }
}
