using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Surveys;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Insights;

/// <summary>What the date-range queries of the stores promise beyond the contract suites: SQLite answers from an index,
/// Redis indexes records saved before its time index existed, and the outbox wrapper includes records still waiting
/// for Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class RangeQueryStorageTests(RedisServerFixture redis)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static string TempPath(string name) => Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"), name);

    private static SurveyRecord Survey(DateTimeOffset startedAt, int nps = 9) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        CustomerId = "c-" + Guid.NewGuid().ToString("N"),
        ChannelId = "webchat",
        Language = Language.English,
        Nps = nps,
        Status = SurveyStatus.Completed,
        StartedAt = startedAt,
        UpdatedAt = startedAt,
    };

    [Theory]
    [InlineData("survey_records", "started_at", "ix_survey_records_started")]
    [InlineData("escalations", "created_at", "ix_escalations_created")]
    public async Task Sqlite_RangeQueries_UseTheTimeIndex(string table, string column, string index)
    {
        var path = TempPath("range.db");
        using var surveys = new SqliteSurveyStore(path);
        using var escalations = new SqliteEscalationStore(path);
        await surveys.ListStartedBetweenAsync(Start, Start.AddDays(1), CancellationToken.None);
        await escalations.ListCreatedBetweenAsync(Start, Start.AddDays(1), CancellationToken.None);

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} >= '2026' AND {column} < '2027'";
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, line => line.Contains(index, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RedisSurveys_SavedBeforeTheTimeIndexExisted_AreFoundOnce_ThenTheIndexIsKept()
    {
        var prefix = $"range-{Guid.NewGuid():N}:";
        await using var connection = await redis.ConnectAsync();
        var store = new RedisSurveyStore(connection, Options.Create(new StateOptions { KeyPrefix = prefix }));
        var old = Survey(Start.AddDays(1));
        await store.SaveAsync(old, CancellationToken.None);
        // As an older version of the bot left it: the record and its customer's index, no time index.
        var database = connection.GetDatabase();
        await database.KeyDeleteAsync(prefix + "survey:started");
        Assert.False(await database.KeyExistsAsync(prefix + "survey:started:complete"));

        var reader = new RedisSurveyStore(connection, Options.Create(new StateOptions { KeyPrefix = prefix }));
        Assert.Equal([old.Id], (await reader.ListStartedBetweenAsync(Start, Start.AddDays(2), CancellationToken.None)).Select(r => r.Id));
        Assert.True(await database.KeyExistsAsync(prefix + "survey:started:complete"));

        var newer = Survey(Start.AddDays(1).AddHours(1));
        await store.SaveAsync(newer, CancellationToken.None);
        Assert.Equal([old.Id, newer.Id], (await reader.ListStartedBetweenAsync(Start, Start.AddDays(2), CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task RedisEscalations_StoredBeforeTheTimeIndexExisted_AreFound()
    {
        var prefix = $"range-{Guid.NewGuid():N}:";
        await using var connection = await redis.ConnectAsync();
        var store = new RedisEscalationStore(connection, Options.Create(new StateOptions { KeyPrefix = prefix }));
        var service = new EscalationService(store, Options.Create(new EscalationOptions()), TimeProvider.System, [], NullLogger<EscalationService>.Instance);
        var request = new EscalationRequest
        {
            CustomerId = "webchat:ana",
            ChannelId = "webchat",
            ConversationId = Guid.NewGuid().ToString("N"),
            Language = Language.Spanish,
            Decision = new EscalationDecision(true, [EscalationReason.LowCsat], EscalationPriority.High),
        };
        var created = await service.CreateAsync(request, EscalationSummary.For(request), [], null, CancellationToken.None);
        await connection.GetDatabase().KeyDeleteAsync(prefix + "escalation:{queue}:created");

        var reader = new RedisEscalationStore(connection, Options.Create(new StateOptions { KeyPrefix = prefix }));
        var found = await reader.ListCreatedBetweenAsync(created.CreatedAt.AddMinutes(-1), created.CreatedAt.AddMinutes(1), CancellationToken.None);
        Assert.Equal([created.Id], found.Select(e => e.Id));
        Assert.Equal(1, await connection.GetDatabase().SortedSetLengthAsync(prefix + "escalation:{queue}:created"));
    }

    [Fact]
    public async Task OutboxSurveyStore_ListsWaitingRecords_InsteadOfTheStoresOlderCopy()
    {
        using var inner = new SqliteSurveyStore(TempPath("inner.db"));
        using var outbox = new LocalOutbox(TempPath("outbox.db"), TimeProvider.System);
        var store = new OutboxSurveyStore(inner, outbox, NullLogger<OutboxSurveyStore>.Instance);
        var stored = Survey(Start.AddHours(1));
        var updatedWhileDown = Survey(Start.AddHours(2), nps: 3);
        var newWhileDown = Survey(Start.AddHours(3));
        var waitingOutOfRange = Survey(Start.AddDays(9));
        await inner.SaveAsync(stored, CancellationToken.None);
        await inner.SaveAsync(updatedWhileDown, CancellationToken.None);
        updatedWhileDown.Nps = 0;
        foreach (var waiting in new[] { updatedWhileDown, newWhileDown, waitingOutOfRange })
        {
            await outbox.PutAsync(LocalOutbox.Survey, waiting.Id, waiting.CustomerId, RecordJson.Serialize(waiting), CancellationToken.None);
        }

        var range = await store.ListStartedBetweenAsync(Start, Start.AddDays(1), CancellationToken.None);

        Assert.Equal([stored.Id, updatedWhileDown.Id, newWhileDown.Id], range.Select(r => r.Id));
        Assert.Equal(0, range[1].Nps);
    }
}
