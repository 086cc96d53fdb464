using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>Order self-service in the real bot (production composition, real Kestrel): agents see what the customer did
/// in self-service next to the escalation; the survey's signed-link lookup finds the demo shop's orders.</summary>
public sealed class OrdersOverHttpTests
{
    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-GB", Language.English)]
    public async Task AgentApi_ShowsTheConversationsSelfServiceActions(string locale, Language language)
    {
        var customer = new Customer(null!, locale);
        var customerId = "webchat:" + customer.UserId;
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings(customerId));
        customer.Host = host;
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);
        var orders = host.Services.GetRequiredService<IOrderService>();
        var caller = new OrderCaller(customerId, customer.ConversationId);
        Assert.Null(await orders.FindVerifiedAsync("400108", "wrong.guess@mail.co.uk", caller, default));
        Assert.NotNull(await orders.FindVerifiedAsync("400108", "Emily.Johnson@mail.co.uk", caller, default));
        var rma = await orders.StartReturnAsync(new ReturnRequest("400108", ["TER-MAT6"], "It arrived damaged", false), caller, default);
        await orders.FindVerifiedAsync("400101", "28013", new OrderCaller("webchat:someone-else", "conv-someone-else"), default);

        await EscalationScenario.DetractorSurveyAsync(customer, language);
        var escalation = await EscalationScenario.OnlyQueuedAsync(ana, customerId);
        using var response = await ana.GetAsync($"/api/agent/escalations/{escalation.GetProperty("id").GetString()}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actions = JsonDocument.Parse(body).RootElement.GetProperty("selfService").EnumerateArray().ToList();
        Assert.Equal(
            [("Verify", "400108", "Failed", null), ("Verify", "400108", "Verified", null), ("Return", "400108", "Created", rma.RmaNumber)],
            actions.Select(a => (a.GetProperty("action").GetString(), a.GetProperty("orderNumber").GetString(), a.GetProperty("outcome").GetString(),
                a.GetProperty("reference").GetString())));
        Assert.All(actions, a => Assert.Equal(customerId, a.GetProperty("customerId").GetString()));
        Assert.DoesNotContain("wrong.guess", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("conv-someone-else", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentApi_ConversationWithoutSelfService_HasAnEmptyList()
    {
        var customer = new Customer(null!, "es-ES");
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:" + customer.UserId));
        customer.Host = host;
        using var ana = EscalationScenario.Agent(host, EscalationScenario.AnaToken);

        await EscalationScenario.DetractorSurveyAsync(customer, Language.Spanish);
        var escalation = await EscalationScenario.OnlyQueuedAsync(ana, "webchat:" + customer.UserId);
        var details = await ana.GetFromJsonAsync<JsonElement>($"/api/agent/escalations/{escalation.GetProperty("id").GetString()}");

        Assert.Equal(0, details.GetProperty("selfService").GetArrayLength());
    }

    [Fact]
    public async Task SignedLinkLookup_FindsDemoShopOrders_AndConfiguredOnes_OnlyTheOwners()
    {
        await using var host = await BotHost.StartAsync(EscalationScenario.Settings("webchat:ana"));
        var lookup = host.Services.GetRequiredService<IOrderLookup>();

        var seeded = await lookup.FindAsync("C1001", "400101", default);
        var configured = await lookup.FindAsync("webchat:ana", "10234", default);

        Assert.Equal(("400101", "Auriculares Bluetooth Nimbus X2, negros"), (seeded!.OrderId, seeded.Product));
        Assert.Equal(("10234", "Nimbus X2"), (configured!.OrderId, configured.Product));
        Assert.Null(await lookup.FindAsync("C1002", "400101", default));
        Assert.Null(await lookup.FindAsync("webchat:bob", "10234", default));
    }

    [Theory]
    [InlineData("Orders:ReturnWindowDays", "0")]
    [InlineData("Orders:ReturnShipWithinDays", "-1")]
    [InlineData("Orders:ReturnLabelBaseUrl", "ftp://labels.example.com/")]
    [InlineData("Orders:DatabasePath", "")]
    [InlineData("Orders:Provider", "Magento")]
    public async Task BadOrdersSettings_StopTheBotAtStartup(string key, string value)
    {
        var error = await Record.ExceptionAsync(() => BotHost.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.True(error is OptionsValidationException or InvalidOperationException, error?.ToString());
        Assert.Contains(key.Split(':')[1], error!.Message, StringComparison.Ordinal);
    }
}
