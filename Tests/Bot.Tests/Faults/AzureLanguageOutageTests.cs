using SupportBot.Bot.Sentiment.Offline;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Sentiment.Azure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Faults;

/// <summary>Azure AI Language slow (never answers in time), failing (500s) or down (nothing listens), seen from a customer's
/// survey over HTTP: the comment turn still gets its reply, with the offline analyzer's result in the record, because
/// <c>Sentiment:Azure:TotalTimeout</c> bounds the wait. (The analyzer-level cases are in Sentiment/Azure.)</summary>
public sealed class AzureLanguageOutageTests
{
    [Theory]
    [InlineData("slow", "es-ES", Language.Spanish, "El paquete llegó tarde y la caja estaba rota")]
    [InlineData("slow", "en-US", Language.English, "The parcel arrived late and the box was broken")]
    [InlineData("500", "es-ES", Language.Spanish, "El paquete llegó tarde y la caja estaba rota")]
    [InlineData("500", "en-US", Language.English, "The parcel arrived late and the box was broken")]
    [InlineData("down", "es-ES", Language.Spanish, "El paquete llegó tarde y la caja estaba rota")]
    [InlineData("down", "en-US", Language.English, "The parcel arrived late and the box was broken")]
    public async Task AzureLanguageFailing_SurveyCommentStillAnswered_WithTheOfflineResult(string fault, string locale, Language language, string comment)
    {
        await using var azure = await AzureLanguageEmulator.StartAsync();
        var endpoint = azure.Endpoint.ToString();
        if (fault == "slow")
        {
            azure.PermanentFault = EmulatorFault.Slow(TimeSpan.FromMinutes(5));
        }
        else if (fault == "500")
        {
            azure.PermanentFault = EmulatorFault.ServerError(500);
        }
        else
        {
            // Nothing listens at the endpoint any more.
            var gone = await AzureLanguageEmulator.StartAsync();
            endpoint = gone.Endpoint.ToString();
            await gone.DisposeAsync();
        }

        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Sentiment:Provider"] = "Azure",
            ["Sentiment:Azure:Endpoint"] = endpoint,
            ["Sentiment:Azure:Key"] = AzureLanguageEmulator.ValidKey,
            ["Sentiment:Azure:Timeout"] = "00:00:00.300",
            ["Sentiment:Azure:TotalTimeout"] = "00:00:01",
            ["Sentiment:Azure:MaxRetries"] = "1",
            ["Sentiment:Azure:RetryDelay"] = "00:00:00.020",
        });
        var t = Texts.For(language);
        var customer = new Customer(bot, locale);
        await customer.SayAsync(language == Language.Spanish ? "hola" : "hello");
        await customer.TextsAsync(t.MenuSurvey);
        await customer.TextsAsync("2");
        await customer.TextsAsync("3");

        var replies = await customer.TextsAsync(comment);

        Assert.NotEmpty(replies);
        Assert.DoesNotContain(t.ErrorApology, replies);
        var record = Assert.Single(await bot.Services.GetRequiredService<ISurveyStore>().ListByCustomerAsync("webchat:" + customer.UserId, CancellationToken.None));
        var offline = Assert.Single(await bot.Services.GetRequiredService<OfflineSentimentAnalyzer>()
            .AnalyzeAsync([new SentimentRequest(record.Comment!, language)], CancellationToken.None));
        Assert.Equal((offline.Label, offline.Scores), (record.Sentiment!.Label, record.Sentiment.Scores));
    }
}
