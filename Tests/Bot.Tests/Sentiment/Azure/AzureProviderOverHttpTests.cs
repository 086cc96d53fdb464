using SupportBot.Bot.Sentiment.Azure;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>The production composition with <c>Sentiment:Provider=Azure</c>: a survey comment typed over HTTP reaches
/// the (emulated) Azure service redacted and in the customer's language; with the service down the bot still answers.</summary>
public sealed class AzureProviderOverHttpTests : IAsyncLifetime
{
    private AzureLanguageEmulator _azure = null!;

    public async Task InitializeAsync() => _azure = await AzureLanguageEmulator.StartAsync();

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    private Task<BotHost> StartBotAsync(string key) => BotHost.StartAsync(new Dictionary<string, string?>
    {
        ["Sentiment:Provider"] = "Azure",
        ["Sentiment:Azure:Endpoint"] = _azure.Endpoint.ToString(),
        ["Sentiment:Azure:Key"] = key,
    });

    private static async Task<IReadOnlyList<string>> CommentAsync(Customer customer, Language language, string comment)
    {
        var t = Texts.For(language);
        await customer.TextsAsync(t.MenuSurvey);
        await customer.TextsAsync("2");
        await customer.TextsAsync("3");
        return await customer.TextsAsync(comment);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "es", "La entrega llegó tarde. Escribidme a ana.lopez@example.com")]
    [InlineData("en-GB", Language.English, "en", "The delivery was late. Email me at ana.lopez@example.com")]
    public async Task SurveyComment_GoesToAzure_Redacted_InTheCustomersLanguage(string locale, Language language, string code, string comment)
    {
        await using var bot = await StartBotAsync(AzureLanguageEmulator.ValidKey);
        var customer = new Customer(bot, locale);
        await customer.SayAsync(language == Language.Spanish ? "hola" : "hello");

        var replies = await CommentAsync(customer, language, comment);

        Assert.IsType<FallbackSentimentAnalyzer>(bot.Services.GetRequiredService<ISentimentAnalyzer>());
        Assert.NotEmpty(replies);
        var document = Assert.Single(_azure.Requests.SelectMany(r => r.Documents));
        Assert.Equal(code, document.Language);
        Assert.DoesNotContain("ana.lopez@example.com", document.Text, StringComparison.Ordinal);
        Assert.Contains("[EMAIL]", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAWrongKey_TheSurveyStillAnswers_OnTheOfflineFallback()
    {
        await using var bot = await StartBotAsync("wrong-key-0000000000000");
        var customer = new Customer(bot, "es-ES");
        await customer.SayAsync("hola");

        var replies = await CommentAsync(customer, Language.Spanish, "El paquete llegó roto y nadie contesta");

        var t = Texts.Spanish;
        Assert.Contains(replies, r => r == t.SurveyAskAspects || r == t.SurveyEscalated(urgent: false) || r == t.SurveyEscalated(urgent: true));
        Assert.Single(_azure.Requests);
    }
}
