using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Surveys;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Faults;

/// <summary>Two bot instances as real processes on one Redis: a customer answers CSAT and NPS on the first, which is then
/// killed with SIGKILL; the next message goes to the second, which continues the survey where it was, and the record
/// holds every answer the first instance acknowledged.</summary>
[Collection(RedisCollection.Name)]
public sealed class InstanceKilledTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData("es-ES", Language.Spanish, "hola", "Me encantó la rapidez del envío")]
    [InlineData("en-US", Language.English, "hello", "I loved how fast the delivery was")]
    public async Task InstanceKilledMidSurvey_TheOtherContinues_AcknowledgedAnswersAreInTheRecord(
        string locale, Language language, string greeting, string comment)
    {
        var prefix = $"killed-{Guid.NewGuid():N}:";
        var settings = new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:KeyPrefix"] = prefix,
            ["Surveys:Store"] = "Redis",
            ["Escalation:Store"] = "Redis",
            ["DirectLine:Store"] = "Redis",
            ["Redis:ConnectionString"] = redis.ConnectionString,
        };
        var t = Texts.For(language);
        var customer = new Customer(null!, locale);
        await using var first = await BotProcess.StartAsync(WithOwnOutbox(settings));
        await using var second = await BotProcess.StartAsync(WithOwnOutbox(settings));

        await first.TextsAsync(customer.Message(greeting));
        Assert.Equal([t.SurveyIntro, t.SurveyAskCsat], await first.TextsAsync(customer.Message(t.MenuSurvey)));
        Assert.Equal([t.SurveyAskNps], await first.TextsAsync(customer.Message("4")));
        Assert.Equal([t.SurveyAskWhyPromoter], await first.TextsAsync(customer.Message("9")));
        await first.KillAsync();

        using var connection = await redis.ConnectAsync();
        var records = new RedisSurveyStore(connection, Options.Create(new StateOptions { KeyPrefix = prefix }));
        var acknowledged = Assert.Single(await records.ListByCustomerAsync("webchat:" + customer.UserId, CancellationToken.None));
        Assert.Equal((4, 9, SurveyStep.Comment), (acknowledged.Csat, acknowledged.Nps, acknowledged.NextStep));

        var replies = await second.TextsAsync(customer.Message(comment));

        Assert.True(first.HasExited);
        Assert.Contains(t.SurveyThanksPromoter, replies);
        var record = Assert.Single(await records.ListByCustomerAsync("webchat:" + customer.UserId, CancellationToken.None));
        Assert.Equal((acknowledged.Id, 4, 9, SurveyStatus.Completed), (record.Id, record.Csat, record.Nps, record.Status));
        Assert.Equal(comment, record.Comment);
    }

    private static Dictionary<string, string?> WithOwnOutbox(Dictionary<string, string?> settings) => new(settings)
    {
        ["Outbox:Path"] = Path.Combine(Path.GetTempPath(), "supportbot-tests", $"outbox-{Guid.NewGuid():N}.db"),
    };
}
