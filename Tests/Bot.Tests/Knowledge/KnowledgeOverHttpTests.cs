using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Knowledge;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Knowledge;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Knowledge;

/// <summary>The knowledge base as a customer meets it: real Kestrel, activities posted to /api/messages, the agent's
/// feedback counts over the agent API.</summary>
public sealed class KnowledgeOverHttpTests
{
    private const string AgentToken = "kb-agent-token-0123456789abcdef";

    public static TheoryData<string, Language, string, string> Questions => new()
    {
        { "es-ES", Language.Spanish, "hola, ¿cuánto cuesta el envío a Baleares?", "**Plazos y gastos de envío**" },
        { "en-GB", Language.English, "hi, how much is shipping to the Balearic Islands?", "**Delivery times and shipping costs**" },
    };

    private static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Agents:Accounts:0:Id"] = "ana",
            ["Agents:Accounts:0:DisplayName"] = "Ana",
            ["Agents:Accounts:0:Token"] = AgentToken,
            ["Agents:Accounts:0:Supervisor"] = "true",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task AConfidentAnswer_ComesWithDidThisHelpButtons_AndAYesIsCounted(string locale, Language language, string question, string title)
    {
        await using var host = await BotHost.StartAsync(Settings());
        var customer = new Customer(host, locale);
        var k = KnowledgeTexts.For(language);
        var t = Texts.For(language);

        var replies = Messages(await customer.SayAsync(question));

        Assert.Equal(t.Welcome("SupportBot"), replies[0].Text);
        Assert.StartsWith(title, replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(TextFormatTypes.Markdown, replies[1].TextFormat);
        Assert.Contains(language == Language.Spanish ? "gratis a partir de 49 €" : "free on orders over €49", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(k.WasItHelpful, replies[2].Text);
        Assert.Equal([t.Yes, t.No], replies[2].SuggestedActions.Actions.Select(a => a.Title));

        var afterYes = Messages(await customer.SayAsync(t.Yes));

        Assert.Equal(k.GladItHelped, afterYes[0].Text);
        Assert.Equal(t.AnythingElse, afterYes[1].Text);
        var counts = await FeedbackAsync(host);
        Assert.Equal((1, 0), Count(counts, "shipping"));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task ANo_IsCounted_AndOffersAPerson(string locale, Language language, string question, string title)
    {
        await using var host = await BotHost.StartAsync(Settings());
        var customer = new Customer(host, locale);
        var t = Texts.For(language);
        Assert.StartsWith(title, Messages(await customer.SayAsync(question))[1].Text, StringComparison.Ordinal);

        var afterNo = Messages(await customer.SayAsync(t.No));

        Assert.Equal(KnowledgeTexts.For(language).SorryItDidNotHelp, afterNo[0].Text);
        Assert.Equal(t.HandoffConfirm, afterNo[1].Text);
        Assert.Equal((0, 1), Count(await FeedbackAsync(host), "shipping"));

        var queued = Messages(await customer.SayAsync(t.Yes));
        Assert.Equal(t.HandoffQueued(1, TimeSpan.FromMinutes(5)), queued[0].Text);
    }

    // With the answer threshold out of reach every search is unsure: the best three articles are offered as buttons.
    [Theory]
    [MemberData(nameof(Questions))]
    public async Task AnUnsureSearch_OffersTheBestThreeAsButtons_AndAPickShowsThatArticle(string locale, Language language, string question, string title)
    {
        await using var host = await BotHost.StartAsync(Settings(("Knowledge:AnswerThreshold", "1")));
        var customer = new Customer(host, locale);
        var k = KnowledgeTexts.For(language);

        var suggestions = Messages(await customer.SayAsync(question))[1];

        Assert.Equal(k.Suggestions, suggestions.Text);
        var buttons = suggestions.SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Equal(KnowledgeDialog.MaxSuggestions + 1, buttons.Count);
        Assert.Equal(title.Trim('*'), buttons[0]);
        Assert.Equal(k.NoneOfThese, buttons[^1]);

        var picked = Messages(await customer.SayAsync(buttons[0]));

        Assert.StartsWith(title, picked[0].Text, StringComparison.Ordinal);
        Assert.Equal(k.WasItHelpful, picked[1].Text);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task NoneOfTheSuggestions_OffersAPerson(string locale, Language language, string question, string title)
    {
        await using var host = await BotHost.StartAsync(Settings(("Knowledge:AnswerThreshold", "1")));
        var customer = new Customer(host, locale);
        var k = KnowledgeTexts.For(language);
        var suggestions = Messages(await customer.SayAsync(question))[1];
        Assert.Equal(title.Trim('*'), suggestions.SuggestedActions.Actions[0].Title);

        var none = Messages(await customer.SayAsync(k.NoneOfThese));

        Assert.Equal(k.NoAnswer, none[0].Text);
        Assert.Equal(Texts.For(language).HandoffConfirm, none[1].Text);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "¿cómo se hace una paella valenciana?", "¿y una tortilla de patatas?")]
    [InlineData("en-US", Language.English, "what's the capital of Australia?", "and the capital of Canada?")]
    public async Task NothingFound_AsksForOtherWordsOnce_ThenOffersAPerson(string locale, Language language, string question, string again)
    {
        await using var host = await BotHost.StartAsync(Settings());
        var customer = new Customer(host, locale);
        var k = KnowledgeTexts.For(language);
        var t = Texts.For(language);
        Assert.Equal(t.QuestionAsk, Messages(await customer.SayAsync(t.MenuQuestion))[1].Text);

        Assert.Equal(k.Rephrase, Messages(await customer.SayAsync(question))[0].Text);
        var second = Messages(await customer.SayAsync(again));

        Assert.Equal(k.NoAnswer, second[0].Text);
        Assert.Equal(t.HandoffConfirm, second[1].Text);
        Assert.Equal(t.HandoffDeclined, Messages(await customer.SayAsync(t.No))[0].Text);
    }

    [Fact]
    public async Task AnotherQuestion_InsteadOfFeedback_IsAnswered()
    {
        await using var host = await BotHost.StartAsync(Settings());
        var customer = new Customer(host, "es-ES");
        Assert.StartsWith("**Plazos", Messages(await customer.SayAsync("¿cuánto cuesta el envío a Baleares?"))[1].Text, StringComparison.Ordinal);

        var next = Messages(await customer.SayAsync("y para pedir una factura a nombre de mi empresa?"));

        Assert.StartsWith("**Facturas", next[0].Text, StringComparison.Ordinal);
        Assert.All((await FeedbackAsync(host)).EnumerateArray(), row => Assert.Equal(0, row.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task TheFeedbackEndpoint_RefusesAnonymousAndWrongTokens()
    {
        await using var host = await BotHost.StartAsync(Settings());

        using var anonymous = await host.Client.GetAsync(new Uri(KnowledgeFeedbackApi.Route, UriKind.Relative));
        using var wrong = new HttpRequestMessage(HttpMethod.Get, KnowledgeFeedbackApi.Route);
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token-0123456789abcdef");
        using var wrongResponse = await host.Client.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
    }

    [Fact]
    public async Task TheFeedbackEndpoint_ListsEveryArticle_WithTitlesAndCounts()
    {
        await using var host = await BotHost.StartAsync(Settings());

        var rows = await FeedbackAsync(host);

        Assert.Equal(13, rows.GetArrayLength());
        var shipping = rows.EnumerateArray().Single(r => r.GetProperty("articleId").GetString() == "shipping");
        Assert.Equal("Plazos y gastos de envío", shipping.GetProperty("titleEs").GetString());
        Assert.Equal("Delivery times and shipping costs", shipping.GetProperty("titleEn").GetString());
        Assert.Equal(0, shipping.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, shipping.GetProperty("helpfulRate").ValueKind);
    }

    private static List<Activity> Messages(IReadOnlyList<Activity> replies) => replies.Where(a => a.Type == ActivityTypes.Message).ToList();

    private static async Task<JsonElement> FeedbackAsync(BotHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, KnowledgeFeedbackApi.Route);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AgentToken);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static (int Helpful, int NotHelpful) Count(JsonElement rows, string articleId)
    {
        var row = rows.EnumerateArray().Single(r => r.GetProperty("articleId").GetString() == articleId);
        return (row.GetProperty("helpful").GetInt32(), row.GetProperty("notHelpful").GetInt32());
    }
}
