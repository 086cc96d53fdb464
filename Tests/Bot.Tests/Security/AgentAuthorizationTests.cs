using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Knowledge;
using SupportBot.Bot.Tests.Agents;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Security;

/// <summary>Who may call what of the agent side: nobody anonymous or with a wrong token (401, on every endpoint and the
/// hub); agents work their cases; queue-wide reports and discounts above the agent's own limit are the supervisor's
/// (403 for an agent, 200 for a supervisor).</summary>
public sealed class AgentAuthorizationTests : IAsyncLifetime
{
    private const string AgentToken = "authz-agent-token-0123456789abc";
    private const string SupervisorToken = "authz-super-token-0123456789abc";
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(new Dictionary<string, string?>
    {
        ["Agents:Accounts:0:Id"] = "luis",
        ["Agents:Accounts:0:DisplayName"] = "Luis",
        ["Agents:Accounts:0:Token"] = AgentToken,
        ["Agents:Accounts:0:MaxDiscountPercent"] = "10",
        ["Agents:Accounts:1:Id"] = "marta",
        ["Agents:Accounts:1:DisplayName"] = "Marta",
        ["Agents:Accounts:1:Token"] = SupervisorToken,
        ["Agents:Accounts:1:Supervisor"] = "true",
        ["Agents:Accounts:1:MaxDiscountPercent"] = "10",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", "/api/agent/me" },
        { "GET", "/api/agent/escalations" },
        { "GET", "/api/agent/escalations/x" },
        { "GET", "/api/agent/escalations/x/offers" },
        { "POST", "/api/agent/escalations/x/claim" },
        { "POST", "/api/agent/escalations/x/resolve" },
        { "GET", "/api/agent/escalations/x/messages" },
        { "POST", "/api/agent/escalations/x/messages" },
        { "GET", KnowledgeFeedbackApi.Route },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_OrAWrongToken_Is401_OnEveryEndpoint(string method, string path)
    {
        foreach (var token in new[] { null, "not-an-agent-token-0123456789ab", AgentToken + "x", AgentToken[..^1], "Basic " + AgentToken })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
            {
                request.Content = JsonContent.Create(new { outcome = "lost", text = "hola" });
            }

            if (token is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", token.StartsWith("Basic ", StringComparison.Ordinal) ? token : "Bearer " + token);
            }

            using var response = await _host.Client.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with {token ?? "no token"}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData(AgentToken)]
    [InlineData(SupervisorToken)]
    public async Task AgentsAndSupervisors_WorkTheirCases(string token)
    {
        var escalation = await QueueAsync();
        using var client = As(token);
        var id = escalation.Id;

        foreach (var (method, path, body) in new (string, string, object?)[]
        {
            ("GET", "/api/agent/me", null),
            ("GET", "/api/agent/escalations", null),
            ("GET", $"/api/agent/escalations/{id}", null),
            ("GET", $"/api/agent/escalations/{id}/offers", null),
            ("POST", $"/api/agent/escalations/{id}/claim", null),
            ("GET", $"/api/agent/escalations/{id}/messages", null),
            ("POST", $"/api/agent/escalations/{id}/messages", new { text = "Hola, soy yo" }),
            ("POST", $"/api/agent/escalations/{id}/resolve", new { outcome = "discount", discountPercent = 10, note = "10 %" }),
        })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Theory]
    [InlineData(AgentToken, HttpStatusCode.Forbidden)]
    [InlineData(SupervisorToken, HttpStatusCode.OK)]
    public async Task TheKnowledgeFeedbackReport_IsForSupervisors(string token, HttpStatusCode expected)
    {
        using var client = As(token);

        using var response = await client.GetAsync(new Uri(KnowledgeFeedbackApi.Route, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(AgentToken, HttpStatusCode.Forbidden, EscalationStatus.Claimed)]
    [InlineData(SupervisorToken, HttpStatusCode.OK, EscalationStatus.Resolved)]
    public async Task ADiscountAboveTheAgentsLimit_NeedsASupervisor(string token, HttpStatusCode expected, EscalationStatus after)
    {
        var escalation = await QueueAsync();
        using var client = As(token);
        using (var claim = await client.PostAsync(new Uri($"/api/agent/escalations/{escalation.Id}/claim", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        }

        using var response = await client.PostAsJsonAsync($"/api/agent/escalations/{escalation.Id}/resolve", new { outcome = "discount", discountPercent = 25 });

        Assert.Equal(expected, response.StatusCode);
        var stored = await _host.Services.GetRequiredService<IEscalationStore>().GetAsync(escalation.Id, CancellationToken.None);
        Assert.Equal(after, stored!.Status);
    }

    [Theory]
    [InlineData("""{"outcome":"discount","discountPercent":101}""")]
    [InlineData("""{"outcome":"lost","discountPercent":5}""")]
    public async Task ADiscountOutOfRange_OrWithAnotherOutcome_Is400(string body)
    {
        var escalation = await QueueAsync();
        using var client = As(SupervisorToken);
        using (await client.PostAsync(new Uri($"/api/agent/escalations/{escalation.Id}/claim", UriKind.Relative), null))
        {
        }

        using var response = await client.PostAsync(
            new Uri($"/api/agent/escalations/{escalation.Id}/resolve", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-an-agent-token-0123456789ab")]
    public async Task TheHub_RefusesAnonymousAndWrongTokens(string? token)
    {
        await using var client = AgentHubClient.Create(_host, token);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => client.Connection.StartAsync());

        Assert.Contains("401", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AgentToken)]
    [InlineData(SupervisorToken)]
    public async Task TheHub_AcceptsAgentsAndSupervisors(string token)
    {
        await using var client = await AgentHubClient.ConnectAsync(_host, token);

        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, client.Connection.State);
    }

    private HttpClient As(string token)
    {
        var client = new HttpClient { BaseAddress = _host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task<EscalationCase> QueueAsync()
        => QueuedDirectly.CreateAsync(_host, EscalationPriority.High, Language.Spanish, EscalationReason.LowCsat);
}
