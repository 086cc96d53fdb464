using System.Net.Http.Json;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Telemetry;

/// <summary>Customer text never reaches the logs at Information or above: a survey comment, a question to the
/// knowledge base and a message relayed to an agent, each with a word nobody else uses, are looked for in every entry
/// (message, structured values, exception) the bot writes at every level.</summary>
public sealed class CustomerTextLogTests : IAsyncLifetime
{
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData("es-ES", Language.Spanish, "quiero valorar mi pedido 10234", "El Zorblaxino llegó roto y nadie me contesta, me doy de baja", "¿Cómo devuelvo un Zorblaxino defectuoso?", "Zorblaxino sigue sin funcionar")]
    [InlineData("en-US", Language.English, "I want to rate my order #10234", "The Zorblaxino arrived broken and nobody answers, I am leaving", "How do I return a faulty Zorblaxino?", "Zorblaxino still does not work")]
    public async Task ConversationWithAgent_NoInformationLogHoldsCustomerText(
        string locale, Language language, string start, string comment, string question, string relayed)
    {
        const string Marker = "Zorblaxino";
        var t = Texts.For(language);
        var logs = new CapturingLoggerProvider();
        var customer = new Customer(null!, locale) { ServiceUrl = _connector.ServiceUrl.ToString() };
        var settings = EscalationScenario.Settings("webchat:" + customer.UserId, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
        });
        await using var host = await BotHost.StartAsync(settings, services => services.AddSingleton<ILoggerProvider>(logs));
        customer.Host = host;

        var asker = new Customer(host, locale) { ServiceUrl = _connector.ServiceUrl.ToString() };
        Assert.NotEmpty(await asker.TextsAsync(question));

        await customer.TextsAsync(start);
        await customer.TextsAsync("1");
        await customer.TextsAsync("2");
        var replies = await customer.TextsAsync(comment);
        if (replies[^1] == t.SurveyAskAspects)
        {
            replies = await customer.TextsAsync(language == Language.Spanish ? "producto" : "product");
        }

        Assert.Contains(replies, r => r == t.SurveyEscalated(urgent: true) || r == t.SurveyEscalated(urgent: false));
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        var id = (await EscalationScenario.OnlyQueuedAsync(ana, "webchat:" + customer.UserId)).GetProperty("id").GetString();
        (await ana.PostAsync($"/api/agent/escalations/{id}/claim", null)).EnsureSuccessStatusCode();
        (await ana.PostAsJsonAsync($"/api/agent/escalations/{id}/messages", new { text = "Hola / Hi" })).EnsureSuccessStatusCode();
        await _connector.WaitForAsync(c => c.ConversationId == customer.ConversationId && c.Text == t.AgentSays("Ana", "Hola / Hi"));
        Assert.Empty(await customer.TextsAsync(relayed));

        // The relayed line reached the agent, so the text really went through the bot's logging code paths.
        var chat = await ana.GetStringAsync($"/api/agent/escalations/{id}/messages");
        Assert.Contains(Marker, chat, StringComparison.Ordinal);

        var entries = logs.Entries;
        Assert.Contains(entries, e => e.Level == LogLevel.Information && e.Category.StartsWith("SupportBot", StringComparison.Ordinal));
        var leaks = entries
            .Where(e => e.Level >= LogLevel.Information)
            .Where(e => e.Message.Contains(Marker, StringComparison.OrdinalIgnoreCase)
                        || e.Values.Any(v => v.Contains(Marker, StringComparison.OrdinalIgnoreCase))
                        || (e.Exception?.Contains(Marker, StringComparison.OrdinalIgnoreCase) ?? false))
            .Select(e => $"{e.Level} {e.Category}: {e.Message}")
            .ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }
}
