using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>What the escalation tests share: the bot's settings (a delivered order, two agents), a detractor's survey
/// that ends in an escalation, and agents calling the console API.</summary>
internal static class EscalationScenario
{
    public const string AnaToken = "ana-token-0123456789abcdef0123";
    public const string LuisToken = "luis-token-0123456789abcdef012";

    public static Dictionary<string, string?> Settings(string customerId, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DemoOrders:Orders:0:CustomerId"] = customerId,
            ["DemoOrders:Orders:0:OrderId"] = "10234",
            ["DemoOrders:Orders:0:Product"] = "Nimbus X2",
            ["DemoOrders:Orders:0:DeliveredOn"] = "2026-11-12",
            ["Agents:Accounts:0:Id"] = "ana",
            ["Agents:Accounts:0:DisplayName"] = "Ana",
            ["Agents:Accounts:0:Token"] = AnaToken,
            ["Agents:Accounts:1:Id"] = "luis",
            ["Agents:Accounts:1:DisplayName"] = "Luis",
            ["Agents:Accounts:1:Token"] = LuisToken,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task DetractorSurveyAsync(Customer customer, Language language)
    {
        var t = Texts.For(language);
        var es = language == Language.Spanish;
        await customer.TextsAsync(es ? "quiero valorar mi pedido 10234" : "I want to rate my order #10234");
        await customer.TextsAsync("1");
        await customer.TextsAsync("2");
        var replies = await customer.TextsAsync(es
            ? "El paquete llegó tarde y roto, y nadie me responde. Me doy de baja."
            : "The parcel arrived late and broken and nobody answers. I want to cancel my account.");
        if (replies[^1] == t.SurveyAskAspects)
        {
            replies = await customer.TextsAsync(es ? "entrega" : "delivery");
        }

        var escalated = replies.ToList().FindIndex(text => text == t.SurveyEscalated(urgent: true) || text == t.SurveyEscalated(urgent: false));
        Assert.True(escalated >= 0, string.Join(" | ", replies));
        Assert.Equal(t.HandoffQueued(1, TimeSpan.FromMinutes(5)), replies[escalated + 1]);
    }

    public static HttpClient Agent(BotHost host, string token)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> OnlyQueuedAsync(HttpClient agent, string customerId)
    {
        var rows = await agent.GetFromJsonAsync<JsonElement>("/api/agent/escalations");
        var mine = new List<JsonElement>();
        foreach (var row in rows.EnumerateArray())
        {
            var details = await agent.GetFromJsonAsync<JsonElement>($"/api/agent/escalations/{row.GetProperty("id").GetString()}");
            if (details.GetProperty("escalation").GetProperty("request").GetProperty("customerId").GetString() == customerId)
            {
                mine.Add(details.GetProperty("escalation"));
            }
        }

        return Assert.Single(mine);
    }
}
