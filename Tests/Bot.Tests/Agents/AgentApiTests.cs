using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Agents;

/// <summary>The agent console API over real HTTP: sign-in, the queue, claim (once), resolve.</summary>
public sealed class AgentApiTests : IAsyncLifetime
{
    private const string AnaToken = "ana-token-0123456789abcdef0123";
    private const string LuisToken = "luis-token-0123456789abcdef012";
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(new Dictionary<string, string?>
    {
        ["Agents:Accounts:0:Id"] = "ana",
        ["Agents:Accounts:0:DisplayName"] = "Ana",
        ["Agents:Accounts:0:Token"] = AnaToken,
        ["Agents:Accounts:0:Supervisor"] = "true",
        ["Agents:Accounts:1:Id"] = "luis",
        ["Agents:Accounts:1:DisplayName"] = "Luis",
        ["Agents:Accounts:1:Token"] = LuisToken,
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpClient As(string token)
    {
        var client = new HttpClient { BaseAddress = _host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task<EscalationCase> QueueAsync(
        EscalationPriority priority, Language language = Language.Spanish, string comment = "Llegó roto",
        EscalationReason reason = EscalationReason.LowCsat, ServiceAspect[]? aspects = null)
    {
        var request = new EscalationRequest
        {
            CustomerId = "webchat:c-" + Guid.NewGuid().ToString("N"),
            ChannelId = "webchat",
            ConversationId = Guid.NewGuid().ToString("N"),
            Language = language,
            Csat = 1,
            Comment = comment,
            Aspects = aspects ?? [],
            Decision = new EscalationDecision(true, [reason], priority),
        };
        return _host.Services.GetRequiredService<EscalationService>().CreateAsync(request, EscalationSummary.For(request), [], null, CancellationToken.None);
    }

    [Theory]
    [InlineData("GET", "/api/agent/escalations", null)]
    [InlineData("GET", "/api/agent/me", null)]
    [InlineData("POST", "/api/agent/escalations/x/claim", null)]
    [InlineData("POST", "/api/agent/escalations/x/resolve", null)]
    [InlineData("GET", "/api/agent/escalations", "not-a-real-token-at-all-0000000")]
    [InlineData("GET", "/api/agent/escalations?access_token=" + AnaToken, null)]
    public async Task WithoutAValidAgentToken_Is401(string method, string path, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_SaysWhoIsSignedIn()
    {
        using var luis = As(LuisToken);

        var me = await luis.GetFromJsonAsync<JsonElement>("/api/agent/me");

        Assert.Equal("luis", me.GetProperty("id").GetString());
        Assert.False(me.GetProperty("supervisor").GetBoolean());
    }

    [Fact]
    public async Task Queue_IsSortedByPriorityThenSla_AndFilters()
    {
        var low = await QueueAsync(EscalationPriority.Low);
        var urgent = await QueueAsync(EscalationPriority.Urgent, Language.English);
        var normal = await QueueAsync(EscalationPriority.Normal);
        using var ana = As(AnaToken);

        var rows = await ana.GetFromJsonAsync<JsonElement>("/api/agent/escalations");
        var english = await ana.GetFromJsonAsync<JsonElement>("/api/agent/escalations?language=english");
        using var bad = await ana.GetAsync("/api/agent/escalations?priority=whenever");

        Assert.Equal([urgent.Id, normal.Id, low.Id], rows.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("Urgent", rows[0].GetProperty("priority").GetString());
        Assert.Equal([urgent.Id], english.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task TwoAgentsClaim_OneGets200_TheOther409_ThenOnlyTheOwnerResolves()
    {
        var escalation = await QueueAsync(EscalationPriority.High);
        using var ana = As(AnaToken);
        using var luis = As(LuisToken);

        var claims = await Task.WhenAll(
            ana.PostAsync($"/api/agent/escalations/{escalation.Id}/claim", null),
            luis.PostAsync($"/api/agent/escalations/{escalation.Id}/claim", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], claims.Select(c => c.StatusCode).Order());
        var winner = claims[0].StatusCode == HttpStatusCode.OK ? ana : luis;
        var loser = ReferenceEquals(winner, ana) ? luis : ana;
        using var refused = await loser.PostAsJsonAsync($"/api/agent/escalations/{escalation.Id}/resolve", new { outcome = "lost" });
        using var badOutcome = await winner.PostAsJsonAsync($"/api/agent/escalations/{escalation.Id}/resolve", new { outcome = "free-money" });
        using var resolved = await winner.PostAsJsonAsync($"/api/agent/escalations/{escalation.Id}/resolve", new { outcome = "no-response", note = "Sin respuesta tras 2 intentos" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var stored = await _host.Services.GetRequiredService<IEscalationStore>().GetAsync(escalation.Id, CancellationToken.None);
        Assert.Equal(EscalationOutcome.NoResponse, stored!.Outcome);
        Assert.Equal("Sin respuesta tras 2 intentos", stored.AgentNote);
        foreach (var claim in claims)
        {
            claim.Dispose();
        }
    }

    [Theory]
    [InlineData(Language.Spanish, "Reenvío gratuito y urgente")]
    [InlineData(Language.English, "Free express re-shipment")]
    public async Task Offers_FitTheCase_InTheCustomersLanguage_AndRespectTheAgentsLimit(Language language, string reshipment)
    {
        var churning = await QueueAsync(EscalationPriority.Urgent, language, reason: EscalationReason.ChurnIntent, aspects: [ServiceAspect.Delivery]);
        var mild = await QueueAsync(EscalationPriority.Low, language, reason: EscalationReason.LowCsat, aspects: [ServiceAspect.Billing]);
        using var luis = As(LuisToken);

        var forChurn = await luis.GetFromJsonAsync<JsonElement>($"/api/agent/escalations/{churning.Id}/offers");
        var forMild = await luis.GetFromJsonAsync<JsonElement>($"/api/agent/escalations/{mild.Id}/offers");

        var offers = forChurn.EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!, o => o);
        Assert.Equal(reshipment, offers["free-reshipment"].GetProperty("title").GetString());
        Assert.True(offers["discount-10"].GetProperty("withinAgentLimit").GetBoolean());
        Assert.False(offers["discount-25"].GetProperty("withinAgentLimit").GetBoolean());
        Assert.DoesNotContain("free-return-pickup", offers.Keys);
        Assert.Equal(["apology-priority"], forMild.EnumerateArray().Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task UnknownEscalation_Is404_AndAnEmptyResolveBody_Is400()
    {
        using var ana = As(AnaToken);

        using var claim = await ana.PostAsync("/api/agent/escalations/does-not-exist/claim", null);
        using var details = await ana.GetAsync("/api/agent/escalations/does-not-exist");
        using var resolve = await ana.PostAsync("/api/agent/escalations/does-not-exist/resolve", JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, resolve.StatusCode);
    }

    [Fact]
    public async Task Details_CarryTheCustomerTextAsData_NotMarkup()
    {
        const string payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var escalation = await QueueAsync(EscalationPriority.High, comment: payload);
        using var ana = As(AnaToken);

        using var response = await ana.GetAsync($"/api/agent/escalations/{escalation.Id}");
        var details = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(payload, details.GetProperty("escalation").GetProperty("request").GetProperty("comment").GetString());
        Assert.False(details.GetProperty("escalation").TryGetProperty("conversationReference", out _));
        Assert.Equal("Waiting", details.GetProperty("escalation").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("resolve", "{not json")]
    [InlineData("resolve", "[1,2,3]")]
    [InlineData("messages", "{\"text\": 42}")]
    [InlineData("messages", "{\"text\": \"   \"}")]
    public async Task MalformedBodies_Are400_NeverA500(string action, string body)
    {
        var escalation = await QueueAsync(EscalationPriority.High);
        using var ana = As(AnaToken);
        (await ana.PostAsync($"/api/agent/escalations/{escalation.Id}/claim", null)).Dispose();

        using var response = await ana.PostAsync(
            $"/api/agent/escalations/{escalation.Id}/{action}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ANoteOrMessageTooLong_Is400()
    {
        var escalation = await QueueAsync(EscalationPriority.High);
        using var ana = As(AnaToken);
        (await ana.PostAsync($"/api/agent/escalations/{escalation.Id}/claim", null)).Dispose();
        var tooLong = new string('x', 2001);

        using var message = await ana.PostAsJsonAsync($"/api/agent/escalations/{escalation.Id}/messages", new { text = tooLong });
        using var resolve = await ana.PostAsJsonAsync($"/api/agent/escalations/{escalation.Id}/resolve", new { outcome = "retained", note = tooLong });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (message.StatusCode, resolve.StatusCode));
        Assert.Equal(EscalationStatus.Claimed, (await _host.Services.GetRequiredService<IEscalationStore>().GetAsync(escalation.Id, CancellationToken.None))!.Status);
    }
}
