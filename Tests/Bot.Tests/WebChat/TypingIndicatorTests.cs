using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Sentiment.Azure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.WebChat;

/// <summary>While a survey comment is with Azure AI Language (a noticeable moment), the customer sees the bot typing:
/// a typing activity goes out before the bot's answer, in both languages.</summary>
public sealed class TypingIndicatorTests : IAsyncLifetime
{
    private AzureLanguageEmulator _azure = null!;

    public async Task InitializeAsync() => _azure = await AzureLanguageEmulator.StartAsync();

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    [Theory]
    [InlineData("es-ES", Language.Spanish, "La entrega llegó tarde")]
    [InlineData("en-GB", Language.English, "The delivery was late")]
    public async Task SurveyComment_AnalysedByAzure_IsPrecededByTyping(string locale, Language language, string comment)
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Sentiment:Provider"] = "Azure",
            ["Sentiment:Azure:Endpoint"] = _azure.Endpoint.ToString(),
            ["Sentiment:Azure:Key"] = AzureLanguageEmulator.ValidKey,
        });
        var customer = new Customer(bot, locale);
        await customer.SayAsync(language == Language.Spanish ? "hola" : "hello");
        await customer.TextsAsync(Texts.For(language).MenuSurvey);
        await customer.TextsAsync("2");
        var beforeComment = await customer.SayAsync("3");

        var replies = await customer.SayAsync(comment);

        Assert.DoesNotContain(beforeComment, a => a.Type == ActivityTypes.Typing);
        Assert.Equal(ActivityTypes.Typing, replies[0].Type);
        Assert.Contains(replies.Skip(1), a => a.Type == ActivityTypes.Message);
        Assert.Single(_azure.Requests);
    }
}
