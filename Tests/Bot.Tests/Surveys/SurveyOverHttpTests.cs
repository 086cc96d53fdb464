using Microsoft.Data.Sqlite;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Surveys;

/// <summary>A whole survey through the real adapter over HTTP, with the production sentiment analyzer: one durable
/// record in SQLite (default) or Redis, and a second survey of the same order refused.</summary>
[Collection(RedisCollection.Name)]
public sealed class SurveyOverHttpTests(RedisServerFixture redis)
{
    private static Dictionary<string, string?> Orders(string customerId) => new()
    {
        ["DemoOrders:Orders:0:CustomerId"] = customerId,
        ["DemoOrders:Orders:0:OrderId"] = "10234",
        ["DemoOrders:Orders:0:Product"] = "Nimbus X2",
        ["DemoOrders:Orders:0:DeliveredOn"] = "2026-11-12",
    };

    private static async Task CompleteAndRepeatAsync(Customer customer, Language language)
    {
        var t = Texts.For(language);
        var start = language == Language.Spanish ? "quiero valorar mi pedido 10234" : "I want to rate my order #10234";
        var opening = await customer.TextsAsync(start);
        Assert.Equal(t.SurveyAskCsat, opening[^1]);
        Assert.Contains("10234", opening[^2], StringComparison.Ordinal);
        Assert.Equal([t.SurveyAskNps], await customer.TextsAsync("2"));
        Assert.Equal([t.SurveyAskWhyDetractor], await customer.TextsAsync("3"));
        var closing = await customer.TextsAsync(language == Language.Spanish
            ? "El paquete llegó tarde y roto, y nadie me responde"
            : "The parcel arrived late and broken, and nobody answers my emails");
        Assert.Contains(closing, text => text == t.SurveyEscalated(urgent: false) || text == t.SurveyAskAspects);

        Assert.Equal(t.SurveyAlreadyAnswered("10234"), (await customer.TextsAsync(start))[0]);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task DefaultStore_OneRecordInSqlite(string locale, Language language)
    {
        var database = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N") + ".db");
        var customer = new Customer(null!, locale);
        var settings = new Dictionary<string, string?>(Orders("webchat:" + customer.UserId)) { ["Surveys:SqlitePath"] = database };
        await using var host = await BotHost.StartAsync(settings);
        customer.Host = host;
        await CompleteAndRepeatAsync(customer, language);

        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MAX(status), MAX(order_id) FROM survey_records WHERE customer_id = $c";
        command.Parameters.AddWithValue("$c", "webchat:" + customer.UserId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((1L, "Completed", "10234"), (reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task RedisStore_OneRecordInRedis(string locale, Language language)
    {
        var prefix = $"http-survey-{Guid.NewGuid():N}:";
        var customer = new Customer(null!, locale);
        var settings = new Dictionary<string, string?>(Orders("webchat:" + customer.UserId))
        {
            ["State:Provider"] = "Redis",
            ["State:KeyPrefix"] = prefix,
            ["Surveys:Store"] = "Redis",
            ["Redis:ConnectionString"] = redis.ConnectionString,
        };
        await using var host = await BotHost.StartAsync(settings);
        customer.Host = host;
        await CompleteAndRepeatAsync(customer, language);

        var store = host.Services.GetRequiredService<ISurveyStore>();
        Assert.IsType<OutboxSurveyStore>(store); // Redis, with the local outbox in front for outages
        using var connection = await redis.ConnectAsync();
        var ids = await connection.GetDatabase().SortedSetRangeByRankAsync(prefix + "survey:customer:webchat:" + customer.UserId);
        var id = Assert.Single(ids).ToString();
        var record = await store.GetAsync(id, CancellationToken.None);
        Assert.Equal((SurveyStatus.Completed, 2, 3, "10234"), (record!.Status, record.Csat, record.Nps, record.OrderId));
        Assert.NotNull(record.Sentiment);
        Assert.True(record.Escalation!.Escalate);
    }
}
