using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Channels;

/// <summary>"STOP" / "BAJA" as a whole text message, over HTTP: the survey opt-out, confirmed in the customer's language
/// with how to undo it, stored, and respected when a survey is asked for; "START" / "ALTA" opts back in.</summary>
public sealed class ChannelStopTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    [Theory]
    [InlineData("sms", "es-ES", "BAJA", "ALTA")]
    [InlineData("sms", "en-US", "STOP", "START")]
    [InlineData("whatsapp", "es-ES", "Baja", "alta")]
    [InlineData("telegram", "en-US", "unsubscribe", "start")]
    public async Task StopKeyword_OptsOutOfSurveys_AndStartOptsBackIn(string channelId, string locale, string stop, string start)
    {
        var customer = bot.Customer(channelId, locale);
        var (es, language) = (customer.Spanish, customer.Language);
        var t = Texts.For(language);
        var store = bot.Host.Services.GetRequiredService<ISurveyStore>();

        var csat = ChannelCustomer.Texts(await customer.SayAsync(es ? "quiero valorar mi compra" : "I want to rate my purchase"));
        Assert.Contains(csat, text => text.StartsWith(t.SurveyAskCsat, StringComparison.Ordinal));

        Assert.Contains(t.SurveyOptOutConfirmed, ChannelCustomer.Texts(await customer.SayAsync(stop)));
        Assert.True(await store.IsOptedOutAsync(customer.CustomerId, CancellationToken.None));
        Assert.Contains(t.SurveyOptedOut, ChannelCustomer.Texts(await customer.SayAsync(es ? "valorar mi compra" : "rate my purchase")));

        Assert.Contains(t.SurveyOptInConfirmed, ChannelCustomer.Texts(await customer.SayAsync(start)));
        Assert.False(await store.IsOptedOutAsync(customer.CustomerId, CancellationToken.None));
    }
}
