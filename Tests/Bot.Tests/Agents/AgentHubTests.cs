using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Agents;

/// <summary>The console's hub on a real bot: only signed-in agents connect; a detractor's escalation and a colleague's
/// claim reach every agent as queue rows; chat lines reach the agents watching the case; SLA breaches reach supervisors.</summary>
public sealed class AgentHubTests : IAsyncLifetime
{
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-real-token-at-all-0000000")]
    public async Task WithoutAValidAgentToken_TheHubRefusesTheConnection(string? token)
    {
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:nobody"));
        await using var client = AgentHubClient.Create(host, token);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.Connection.StartAsync());

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Disconnected, client.Connection.State);
        using var negotiate = await host.Client.PostAsync("/hubs/agent/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);
    }

    [Fact]
    public async Task DetractorEscalation_AndAColleaguesClaim_ReachConnectedAgentsAsQueueRows()
    {
        var customer = new Customer(null!, "es-ES");
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId));
        customer.Host = host;
        await using var luis = await AgentHubClient.ConnectAsync(host, EscalationScenario.LuisToken);

        await EscalationScenario.DetractorSurveyAsync(customer, Language.Spanish);

        var created = await luis.WaitForAsync("queueChanged", row => row.GetProperty("status").GetString() == "Waiting");
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("Spanish", created.GetProperty("language").GetString());
        Assert.Equal("Urgent", created.GetProperty("priority").GetString());
        Assert.Contains("ChurnIntent", created.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.False(created.GetProperty("overdue").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(created.GetProperty("summary").GetString()));

        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        (await ana.PostAsync($"/api/agent/escalations/{id}/claim", null)).EnsureSuccessStatusCode();

        var claimed = await luis.WaitForAsync("queueChanged", row =>
            row.GetProperty("id").GetString() == id && row.GetProperty("status").GetString() == "Claimed");
        Assert.Equal("ana", claimed.GetProperty("claimedBy").GetString());
    }

    [Fact]
    public async Task ChatLines_ReachTheAgentsWatchingTheCase_BothWays()
    {
        var customer = new Customer(null!, "en-US") { ServiceUrl = _connector.ServiceUrl.ToString() };
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId));
        customer.Host = host;
        await EscalationScenario.DetractorSurveyAsync(customer, Language.English);
        using var anaApi = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        var id = (await EscalationScenario.OnlyQueuedAsync(anaApi, "webchat:" + customer.UserId)).GetProperty("id").GetString()!;
        await using var ana = await AgentHubClient.ConnectAsync(host, EscalationScenario.AnaToken);
        await using var luis = await AgentHubClient.ConnectAsync(host, EscalationScenario.LuisToken);
        await ana.WatchAsync(id);
        (await anaApi.PostAsync($"/api/agent/escalations/{id}/claim", null)).EnsureSuccessStatusCode();

        (await anaApi.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = "Hi, I'm Ana. What happened?" })).EnsureSuccessStatusCode();
        var fromAgent = await ana.WaitForAsync("message", m => m.GetProperty("escalationId").GetString() == id
            && m.GetProperty("message").GetProperty("sender").GetString() == "Agent");
        Assert.Equal("Hi, I'm Ana. What happened?", fromAgent.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("ana", fromAgent.GetProperty("message").GetProperty("agentId").GetString());

        Assert.Empty(await customer.TextsAsync("It arrived broken. Call me on 612 345 678"));
        var fromCustomer = await ana.WaitForAsync("message", m => m.GetProperty("message").GetProperty("sender").GetString() == "Customer");
        var text = fromCustomer.GetProperty("message").GetProperty("text").GetString()!;
        Assert.StartsWith("It arrived broken.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("612 345 678", text, StringComparison.Ordinal);
        Assert.True(fromCustomer.GetProperty("message").GetProperty("sequence").GetInt64() > fromAgent.GetProperty("message").GetProperty("sequence").GetInt64());

        await luis.WaitForAsync("queueChanged", row => row.GetProperty("id").GetString() == id && row.GetProperty("status").GetString() == "Live");
        Assert.DoesNotContain(luis.Heard, e => e.Name == "message");
    }

    [Fact]
    public async Task SlaBreach_AlertsSupervisors_AndMarksTheRowOverdueForEveryone()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = await BotHost.StartAsync(
            EscalationScenario.Settings("webchat:nobody", new Dictionary<string, string?> { ["Agents:Accounts:0:Supervisor"] = "true" }),
            services => services.AddSingleton<TimeProvider>(time));
        await using var ana = await AgentHubClient.ConnectAsync(host, EscalationScenario.AnaToken);
        await using var luis = await AgentHubClient.ConnectAsync(host, EscalationScenario.LuisToken);
        var service = host.Services.GetRequiredService<EscalationService>();
        var escalation = await QueuedDirectly.CreateAsync(host, EscalationPriority.Normal, Language.English, EscalationReason.LowCsat);

        time.Advance(TimeSpan.FromHours(5));
        await service.FlagSlaBreachesAsync(CancellationToken.None);

        var alert = await ana.WaitForAsync("slaBreached", row => row.GetProperty("id").GetString() == escalation.Id);
        Assert.True(alert.GetProperty("overdue").GetBoolean());
        await luis.WaitForAsync("queueChanged", row => row.GetProperty("id").GetString() == escalation.Id && row.GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(luis.Heard, e => e.Name == "slaBreached");
    }

    [Fact]
    public async Task WatchingAnotherCase_StopsTheLinesOfTheFirst()
    {
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:nobody"));
        var first = await QueuedDirectly.CreateAsync(host, EscalationPriority.High, Language.Spanish, EscalationReason.LowCsat);
        var second = await QueuedDirectly.CreateAsync(host, EscalationPriority.High, Language.Spanish, EscalationReason.LowCsat);
        var service = host.Services.GetRequiredService<EscalationService>();
        await using var ana = await AgentHubClient.ConnectAsync(host, EscalationScenario.AnaToken);

        await ana.WatchAsync(first.Id);
        await ana.WatchAsync(second.Id);
        await service.AppendMessageAsync(first, new TranscriptEntry(DateTimeOffset.UtcNow, TranscriptSender.Customer, "primero"), CancellationToken.None);
        await service.AppendMessageAsync(second, new TranscriptEntry(DateTimeOffset.UtcNow, TranscriptSender.Customer, "segundo"), CancellationToken.None);

        await ana.WaitForAsync("message", m => m.GetProperty("escalationId").GetString() == second.Id);
        Assert.DoesNotContain(ana.Heard, e => e.Name == "message" && e.Payload.GetProperty("escalationId").GetString() == first.Id);
    }
}
