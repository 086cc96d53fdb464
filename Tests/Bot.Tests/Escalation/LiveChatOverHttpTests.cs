using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>A live conversation between an agent (console API) and a customer (channel over HTTP), through the real
/// adapter: agent messages reach the customer's channel (a local Bot Connector server), customer messages reach the
/// agent and not the bot, "exit" leaves, and closing brings the bot back with the follow-up question — also with the
/// customer on one instance and the agent on another, sharing Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class LiveChatOverHttpTests(RedisServerFixture redis) : IAsyncLifetime
{
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private async Task<(BotHost Host, Customer Customer, string EscalationId)> EscalatedAsync(string locale, Language language)
    {
        var customer = new Customer(null!, locale) { ServiceUrl = _connector.ServiceUrl.ToString() };
        var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId));
        customer.Host = host;
        await EscalationScenario.DetractorSurveyAsync(customer, language);
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        var escalation = await EscalationScenario.OnlyQueuedAsync(ana, "webchat:" + customer.UserId);
        return (host, customer, escalation.GetProperty("id").GetString()!);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "Hola, soy Ana. ¿Qué ha pasado con el paquete?", "Llegó abollado y no funciona. Llamadme al 612 345 678", "4")]
    [InlineData("en-US", Language.English, "Hi, I'm Ana. What happened to the parcel?", "It arrived dented and doesn't work. Call me on 612 345 678", "4")]
    public async Task AgentAndCustomer_TalkBothWays_ThenTheBotAsksTheFollowUp(string locale, Language language, string agentText, string customerText, string followUp)
    {
        var t = Texts.For(language);
        var (host, customer, id) = await EscalatedAsync(locale, language);
        await using var _ = host;
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        using var luis = EscalationScenario.Agent(host, EscalationScenario.LuisToken);
        using var claimed = await ana.PostAsync($"/api/agent/escalations/{id}/claim", null);
        using var notYours = await luis.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = "hola" });
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, notYours.StatusCode);

        using var sent = await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = agentText });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.AgentSays("Ana", agentText));
        Assert.Equal([t.AgentJoined("Ana"), t.AgentSays("Ana", agentText)], _connector.TextsTo(customer.ConversationId).TakeLast(2));

        Assert.Empty(await customer.TextsAsync(customerText));
        var chat = await ana.GetFromJsonAsync<JsonElement>($"/api/agent/escalations/{id}/messages");
        Assert.Equal(["Agent", "Customer"], chat.EnumerateArray().Select(m => m.GetProperty("sender").GetString()));
        var relayed = chat[1].GetProperty("text").GetString()!;
        Assert.DoesNotContain("612 345 678", relayed, StringComparison.Ordinal);
        Assert.Contains("[PHONE]", relayed, StringComparison.Ordinal);

        using var resolved = await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/resolve", new { outcome = "replacement", note = "Nuevo envío" });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.FollowUpQuestion);

        Assert.Equal([t.FollowUpThanks(4)], await customer.TextsAsync(followUp));
        var stored = await host.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Resolved, EscalationOutcome.Replacement, 4, false), (stored!.Status, stored.Outcome, stored.FollowUpScore, stored.FollowUpPending));
        Assert.NotEmpty(await customer.TextsAsync(language == Language.Spanish ? "hola" : "hello"));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿Sigue ahí?")]
    [InlineData("en-US", Language.English, "Are you still there?")]
    public async Task AnAgentMessageTheChannelRefuses_IsKept_AndTheCustomerIsNotApologisedToOrReset(string locale, Language language, string agentText)
    {
        var t = Texts.For(language);
        var (host, customer, id) = await EscalatedAsync(locale, language);
        await using var _ = host;
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        (await ana.PostAsync($"/api/agent/escalations/{id}/claim", null)).Dispose();
        var earlier = _connector.TextsTo(customer.ConversationId).Count;

        _connector.FailMessagesWith = StatusCodes.Status503ServiceUnavailable;
        using var sent = await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = agentText });
        _connector.FailMessagesWith = null;

        // Stored and shown to the agent. The channel refused the first line ("Ana has joined"), so the rest was not
        // tried, and the bot did not treat the failure as a turn error of the customer's (an apology, the dialog reset).
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var chat = await ana.GetFromJsonAsync<JsonElement>($"/api/agent/escalations/{id}/messages");
        Assert.Contains(chat.EnumerateArray(), m => m.GetProperty("text").GetString() == agentText);
        Assert.Equal([t.AgentJoined("Ana")], _connector.TextsTo(customer.ConversationId).Skip(earlier));

        // The customer is still in the live chat: what they write goes to the agent, not to the bot.
        Assert.Empty(await customer.TextsAsync(language == Language.Spanish ? "sí, aquí estoy" : "yes, I'm here"));
        var after = await ana.GetFromJsonAsync<JsonElement>($"/api/agent/escalations/{id}/messages");
        Assert.Equal("Customer", after.EnumerateArray().Last().GetProperty("sender").GetString());
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "salir")]
    [InlineData("en-US", Language.English, "exit")]
    public async Task Exit_LeavesTheLiveChat_AndTheBotAnswersAgain(string locale, Language language, string exit)
    {
        var t = Texts.For(language);
        var (host, customer, id) = await EscalatedAsync(locale, language);
        await using var _ = host;
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        (await ana.PostAsync($"/api/agent/escalations/{id}/claim", null)).Dispose();
        (await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = "Hola" })).Dispose();

        Assert.Equal([t.LiveChatLeft], await customer.TextsAsync(exit));
        Assert.NotEmpty(await customer.TextsAsync(language == Language.Spanish ? "menú" : "menu"));
        using var afterLeaving = await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = "¿Sigues ahí?" });
        Assert.Equal(HttpStatusCode.Conflict, afterLeaving.StatusCode);

        var stored = await host.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None);
        Assert.NotNull(stored!.CustomerLeftAt);
        Assert.Equal(EscalationStatus.Live, stored.Status);
    }

    [Fact]
    public async Task AgentText_IsSentAsPlainText()
    {
        var (host, customer, id) = await EscalatedAsync("es-ES", Language.Spanish);
        await using var _ = host;
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        (await ana.PostAsync($"/api/agent/escalations/{id}/claim", null)).Dispose();

        (await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = "<b>Hola</b>" })).Dispose();

        var call = await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && (c.Text ?? string.Empty).Contains("<b>Hola</b>", StringComparison.Ordinal));
        Assert.Equal("plain", (string?)call.Body["textFormat"]);
    }

    [Fact]
    public async Task CustomerOnOneInstance_AgentOnAnother_SharingRedis()
    {
        var t = Texts.Spanish;
        var shared = new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:KeyPrefix"] = $"live-{Guid.NewGuid():N}:",
            ["Surveys:Store"] = "Redis",
            ["Escalation:Store"] = "Redis",
            ["Redis:ConnectionString"] = redis.ConnectionString,
        };
        var customer = new Customer(null!, "es-ES") { ServiceUrl = _connector.ServiceUrl.ToString() };
        await using var customersInstance = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId, shared));
        await using var agentsInstance = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId, shared));
        customer.Host = customersInstance;
        await EscalationScenario.DetractorSurveyAsync(customer, Language.Spanish);
        using var ana = EscalationScenario.Agent(agentsInstance, EscalationScenario.AnaToken);
        var id = (await EscalationScenario.OnlyQueuedAsync(ana, "webchat:" + customer.UserId)).GetProperty("id").GetString()!;

        (await ana.PostAsync($"/api/agent/escalations/{id}/claim", null)).Dispose();
        (await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = "Hola, soy Ana" })).Dispose();
        await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.AgentSays("Ana", "Hola, soy Ana"));
        Assert.Empty(await customer.TextsAsync("Gracias, Ana"));
        var chat = await ana.GetFromJsonAsync<JsonElement>($"/api/agent/escalations/{id}/messages");
        (await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/resolve", new { outcome = "retained" })).Dispose();
        await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.FollowUpQuestion);

        Assert.Equal("Gracias, Ana", chat[chat.GetArrayLength() - 1].GetProperty("text").GetString());
        Assert.Equal([t.FollowUpThanks(5)], await customer.TextsAsync("5"));
        var stored = await customersInstance.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None);
        Assert.Equal((EscalationStatus.Resolved, EscalationOutcome.Retained, 5), (stored!.Status, stored.Outcome, stored.FollowUpScore));
    }
}
