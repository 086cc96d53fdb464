using System.Net.Http.Json;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Teams;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Teams;

/// <summary>The agents' Teams channel through the real adapter over HTTP, with Teams-shaped activities and a local Bot
/// Connector server standing in for both Teams and the customer's channel: an escalation is posted as a card, claimed
/// once from Teams (the card updates), answered from its thread, and the customer's answers come back to the thread.</summary>
public sealed class TeamsEscalationOverHttpTests : IAsyncLifetime
{
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private sealed record Escalated(BotHost Host, Customer Customer, string EscalationId, string ThreadId, string CardId, ConnectorCall Create) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }

    private async Task<Escalated> EscalatedAsync(string locale, Language language, TimeProvider? time = null)
    {
        var customer = new Customer(null!, locale) { ServiceUrl = _connector.ServiceUrl.ToString() };
        // Test hosts keep the queue monitor's timer out of the way: these tests call the queue themselves, with a fake clock.
        var host = await BotHost.StartAsync(
            EscalationScenario.Settings("webchat:" + customer.UserId, TeamsMember.Settings(_connector.ServiceUrl)),
            services =>
            {
                if (time is not null)
                {
                    services.AddSingleton(time);
                }
            });
        customer.Host = host;
        await EscalationScenario.DetractorSurveyAsync(customer, language);
        var create = await _connector.WaitForAsync(c => c.Kind == "create");
        var escalationId = (string)create.Card!["actions"]![0]!["data"]!["escalationId"]!;
        var stored = await StoredAsync(host, escalationId);
        var thread = JsonConvert.DeserializeObject<ConversationReference>(stored.TeamsThreadReference!)!;
        return new Escalated(host, customer, escalationId, thread.Conversation.Id, stored.TeamsCardActivityId!, create);
    }

    private static async Task<EscalationCase> StoredAsync(BotHost host, string id)
        => (await host.Services.GetRequiredService<IEscalationStore>().GetAsync(id, CancellationToken.None))!;

    private static string Fact(JToken card, string title)
        => (string)card["body"]!.First(b => (string?)b["type"] == "FactSet")["facts"]!.First(f => (string?)f["title"] == title)["value"]!;

    private TeamsMember Member(BotHost host, string aadObjectId, string name) => new(host, _connector.ServiceUrl, aadObjectId, name);

    [Theory]
    [InlineData("es-ES", Language.Spanish, "Hola, soy Ana. ¿Qué le pasó al paquete?", "Llegó abollado y no enciende")]
    [InlineData("en-US", Language.English, "Hi, I'm Ana. What happened to the parcel?", "It arrived dented and won't turn on")]
    public async Task Escalation_IsPostedClaimedOnceAndAnsweredFromItsTeamsThread(string locale, Language language, string agentText, string customerText)
    {
        var t = TeamsTexts.For(language);
        var texts = Texts.For(language);
        var es = language == Language.Spanish;
        await using var e = await EscalatedAsync(locale, language);

        // The card opens a thread in the agents' channel of the tenant.
        var create = e.Create.Body;
        Assert.Equal(TeamsMember.ChannelId, (string?)create["channelData"]!["channel"]!["id"]);
        Assert.Equal(TeamsMember.TenantId, (string?)create["tenantId"]);
        Assert.True((bool)create["isGroup"]!);
        var card = e.Create.Card!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)create["activity"]!["attachments"]![0]!["contentType"]);
        Assert.Equal(("AdaptiveCard", "1.4"), ((string?)card["type"], (string?)card["version"]));
        var stored = await StoredAsync(e.Host, e.EscalationId);
        Assert.Contains(card["body"]!, b => (string?)b["text"] == EscalationCard.Inert(stored.Summary));
        Assert.Contains(EscalationSummary.Reason(Dialogs.Abstractions.EscalationReason.DetractorNps, es), Fact(card, t.Reasons), StringComparison.Ordinal);
        Assert.Equal(("1/5", "2/10"), (Fact(card, "CSAT"), Fact(card, "NPS")));
        Assert.StartsWith(t.SentimentName(Dialogs.Abstractions.SentimentLabel.Negative), Fact(card, t.Sentiment), StringComparison.Ordinal);
        Assert.Contains("10234", Fact(card, t.Order), StringComparison.Ordinal);
        Assert.Contains("{{DATE(" + stored.SlaDueAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), Fact(card, t.Due), StringComparison.Ordinal);
        Assert.Equal(t.StatusLine(stored, null), Fact(card, t.Status));
        var claim = Assert.Single(card["actions"]!);
        Assert.Equal(("Action.Submit", t.Claim, "claim"), ((string?)claim["type"], (string?)claim["title"], (string?)claim["data"]!["action"]));
        Assert.Equal(TeamsMember.ChannelId + ";messageid=" + e.CardId, e.ThreadId);

        // Ana claims from Teams: the card now says so and has no Claim button.
        var ana = Member(e.Host, "aad-ana", "Ana García");
        await ana.ClaimAsync(e.ThreadId, e.CardId, e.EscalationId);
        var update = await _connector.WaitForAsync(c => c.Kind == "update" && c.ConversationId == e.ThreadId);
        Assert.Equal(e.CardId, update.ActivityId);
        Assert.Equal((es ? "Asignado a " : "Claimed by ") + "Ana", Fact(update.Card!, t.Status));
        Assert.Null(update.Card!["actions"]);
        Assert.Equal([t.Claimed("Ana")], _connector.TextsTo(e.ThreadId));
        Assert.Equal((EscalationStatus.Claimed, "ana"), ((await StoredAsync(e.Host, e.EscalationId)).Status, (await StoredAsync(e.Host, e.EscalationId)).ClaimedBy));

        // Luis is too late, and is told who has it; he cannot write to the customer either. Ana clicking again changes nothing.
        var luis = Member(e.Host, "aad-luis", "Luis Pérez");
        await luis.ClaimAsync(e.ThreadId, e.CardId, e.EscalationId);
        await luis.SayAsync(e.ThreadId, "Hola");
        await ana.ClaimAsync(e.ThreadId, e.CardId, e.EscalationId);
        Assert.Equal([t.AlreadyClaimed("Ana"), t.NotYourCase("Ana"), t.AlreadyYours], _connector.TextsTo(e.ThreadId).Skip(1));
        Assert.Equal("ana", (await StoredAsync(e.Host, e.EscalationId)).ClaimedBy);
        Assert.Single(_connector.CallsTo(e.ThreadId, "update"));

        // Ana writes in the thread: the customer gets it as from the console.
        await ana.SayAsync(e.ThreadId, agentText);
        await _connector.WaitForAsync(c => c.ConversationId == e.Customer.ConversationId && c.Text == texts.AgentSays("Ana", agentText));
        Assert.Equal([texts.AgentJoined("Ana"), texts.AgentSays("Ana", agentText)], _connector.TextsTo(e.Customer.ConversationId).TakeLast(2));
        Assert.Equal(t.StatusLine(await StoredAsync(e.Host, e.EscalationId), "Ana"), Fact(_connector.CallsTo(e.ThreadId, "update")[^1].Card!, t.Status));

        // The customer answers: the bot stays quiet and the line appears in the Teams thread, as plain text; the card,
        // unchanged, is not sent again.
        var updates = _connector.CallsTo(e.ThreadId, "update").Count;
        Assert.Empty(await e.Customer.TextsAsync(customerText));
        var line = await _connector.WaitForAsync(c => c.ConversationId == e.ThreadId && c.Text == t.CustomerSays(customerText));
        Assert.Equal("plain", (string?)line.Body["textFormat"]);
        Assert.Equal(updates, _connector.CallsTo(e.ThreadId, "update").Count);

        // Closing from the console shows the outcome on the card.
        using var console = EscalationScenario.Agent(e.Host, EscalationScenario.AnaToken);
        using var resolved = await console.PostAsJsonAsync($"/api/agent/escalations/{e.EscalationId}/resolve", new { outcome = "retained" });
        resolved.EnsureSuccessStatusCode();
        var closed = await _connector.WaitForAsync(c => c.Kind == "update" && c.ConversationId == e.ThreadId
            && Fact(c.Card!, t.Status) == (es ? "Resuelto por Ana: retenido" : "Resolved by Ana: retained"));
        Assert.Null(closed.Card!["actions"]);
        await luis.ClaimAsync(e.ThreadId, e.CardId, e.EscalationId);
        Assert.Equal(t.Closed, _connector.TextsTo(e.ThreadId)[^1]);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task UnknownTeamsUser_IsRefusedPolitely_AndClaimsNothing(string locale, Language language)
    {
        var t = TeamsTexts.For(language);
        await using var e = await EscalatedAsync(locale, language);
        var stranger = Member(e.Host, "aad-someone-else", "Someone Else");

        await stranger.ClaimAsync(e.ThreadId, e.CardId, e.EscalationId);
        await stranger.SayAsync(e.ThreadId, "hola");

        Assert.Equal([t.UnknownAgent, t.UnknownAgent], _connector.TextsTo(e.ThreadId));
        Assert.Empty(_connector.CallsTo(e.ThreadId, "update"));
        var stored = await StoredAsync(e.Host, e.EscalationId);
        Assert.Equal((EscalationStatus.Waiting, null), (stored.Status, stored.ClaimedBy));
        Assert.Empty(_connector.TextsTo(e.Customer.ConversationId));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task PastItsSla_TheCardSaysOverdue_AndTheThreadIsPingedOnce(string locale, Language language)
    {
        var t = TeamsTexts.For(language);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var e = await EscalatedAsync(locale, language, time);
        var escalations = e.Host.Services.GetRequiredService<EscalationService>();

        time.Advance(TimeSpan.FromHours(20));
        await escalations.FlagSlaBreachesAsync(CancellationToken.None);
        await escalations.FlagSlaBreachesAsync(CancellationToken.None);

        Assert.Equal([t.Overdue], _connector.TextsTo(e.ThreadId));
        var update = Assert.Single(_connector.CallsTo(e.ThreadId, "update"));
        Assert.Equal(language == Language.Spanish ? "Sin asignar y fuera de plazo" : "Unclaimed and overdue", Fact(update.Card!, t.Status));
        Assert.NotNull(update.Card!["actions"]);
    }

    [Fact]
    public async Task TwoAgentsClickingClaimAtOnce_ExactlyOneGetsIt()
    {
        var t = TeamsTexts.English;
        await using var e = await EscalatedAsync("en-US", Language.English);
        var ana = Member(e.Host, "aad-ana", "Ana García");
        var luis = Member(e.Host, "aad-luis", "Luis Pérez");

        await Task.WhenAll(ana.ClaimAsync(e.ThreadId, e.CardId, e.EscalationId), luis.ClaimAsync(e.ThreadId, e.CardId, e.EscalationId));

        var winner = (await StoredAsync(e.Host, e.EscalationId)).ClaimedBy == "ana" ? "Ana" : "Luis";
        Assert.Equal(
            new[] { t.Claimed(winner), t.AlreadyClaimed(winner) }.Order(StringComparer.Ordinal),
            _connector.TextsTo(e.ThreadId).Order(StringComparer.Ordinal));
        Assert.Single(_connector.CallsTo(e.ThreadId, "update"));
    }

    [Fact]
    public async Task CardUpdateFailing_StillClaims_AndNothingIsSaidAboutItInTheThread()
    {
        await using var e = await EscalatedAsync("en-US", Language.English);
        _connector.FailUpdates = true;

        await Member(e.Host, "aad-ana", "Ana García").ClaimAsync(e.ThreadId, e.CardId, e.EscalationId);

        Assert.Single(_connector.CallsTo(e.ThreadId, "update"));
        Assert.Equal([TeamsTexts.English.Claimed("Ana")], _connector.TextsTo(e.ThreadId));
        Assert.Equal("ana", (await StoredAsync(e.Host, e.EscalationId)).ClaimedBy);
    }

    [Fact]
    public async Task CardThatFailedToPost_IsPostedAtTheNextChange_AsTheCaseStands()
    {
        var customer = new Customer(null!, "en-US") { ServiceUrl = _connector.ServiceUrl.ToString() };
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId, TeamsMember.Settings(_connector.ServiceUrl)));
        customer.Host = host;
        _connector.FailCreates = true;
        await EscalationScenario.DetractorSurveyAsync(customer, Language.English);
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        var id = (await EscalationScenario.OnlyQueuedAsync(ana, "webchat:" + customer.UserId)).GetProperty("id").GetString()!;
        Assert.Null((await StoredAsync(host, id)).TeamsThreadReference);

        _connector.FailCreates = false;
        (await ana.PostAsync($"/api/agent/escalations/{id}/claim", null)).EnsureSuccessStatusCode();

        var created = _connector.Calls.Where(c => c.Kind == "create").ToList();
        Assert.Equal(2, created.Count);
        Assert.Null(created[1].Card!["actions"]);
        Assert.NotNull((await StoredAsync(host, id)).TeamsThreadReference);
    }

    [Fact]
    public async Task MessagesOutsideAnEscalationThread_OrInAnotherChannel_NeverReachTheCustomerBot()
    {
        await using var e = await EscalatedAsync("es-ES", Language.Spanish);
        var ana = Member(e.Host, "aad-ana", "Ana García");
        var elsewhere = new TeamsMember(e.Host, _connector.ServiceUrl, "aad-ana", "Ana García") { Channel = "19:general@thread.tacv2" };

        await ana.SayAsync(TeamsMember.ChannelId + ";messageid=999", "hola");
        await elsewhere.SayAsync("19:general@thread.tacv2;messageid=998", "hola");
        // Someone joining the team: the customer bot would greet them with its menu.
        var installed = elsewhere.Message("19:general@thread.tacv2", null);
        installed.Type = ActivityTypes.ConversationUpdate;
        installed.MembersAdded = [new ChannelAccount("29:newcomer", "New Colleague", aadObjectId: "aad-newcomer")];
        using (var response = await e.Host.PostRawAsync(JsonConvert.SerializeObject(installed)))
        {
            response.EnsureSuccessStatusCode();
        }

        Assert.Equal([TeamsTexts.Spanish.NotAnEscalationThread], _connector.TextsTo(TeamsMember.ChannelId + ";messageid=999"));
        Assert.Empty(_connector.TextsTo("19:general@thread.tacv2;messageid=998"));
        Assert.Empty(_connector.TextsTo("19:general@thread.tacv2"));
    }

    [Fact]
    public async Task CustomerInATeamsPersonalChat_StillTalksToTheBot()
    {
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("x", TeamsMember.Settings(_connector.ServiceUrl)));
        var customer = new Customer(host, "en-US", channelId: "msteams");

        var replies = await customer.TextsAsync("hello");

        Assert.NotEmpty(replies);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task TeamsNotConfigured_ATeamChannelMessage_GetsNoCustomerMenu()
    {
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("x"));
        var colleague = new TeamsMember(host, _connector.ServiceUrl, "aad-ana", "Ana García");

        await colleague.SayAsync(TeamsMember.ChannelId + ";messageid=1", "hola");

        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task TeamsNotConfigured_NoConnectorCalls()
    {
        var customer = new Customer(null!, "es-ES") { ServiceUrl = _connector.ServiceUrl.ToString() };
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId));
        customer.Host = host;

        await EscalationScenario.DetractorSurveyAsync(customer, Language.Spanish);

        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        var escalation = await EscalationScenario.OnlyQueuedAsync(ana, "webchat:" + customer.UserId);
        var stored = await StoredAsync(host, escalation.GetProperty("id").GetString()!);
        Assert.Null(stored.TeamsThreadReference);
        Assert.False(escalation.TryGetProperty("teamsThreadReference", out _));
        Assert.Empty(_connector.Calls);
    }
}
