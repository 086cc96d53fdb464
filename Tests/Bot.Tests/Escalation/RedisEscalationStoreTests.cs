using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Escalation;

[Collection(RedisCollection.Name)]
public sealed class RedisEscalationStoreTests(RedisServerFixture redis) : EscalationStoreContractTests, IAsyncLifetime
{
    private readonly string _prefix = $"escalations-{Guid.NewGuid():N}:";
    private readonly List<IConnectionMultiplexer> _connections = [];

    protected override Task<IEscalationStore> CreateStoreAsync() => ReopenAsync();

    protected override async Task<IEscalationStore> ReopenAsync()
    {
        var connection = await redis.ConnectAsync();
        _connections.Add(connection);
        return new RedisEscalationStore(connection, Options.Create(new StateOptions { KeyPrefix = _prefix }));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    private static EscalationService Service(IEscalationStore store)
        => new(store, Options.Create(new EscalationOptions()), TimeProvider.System, [], NullLogger<EscalationService>.Instance);

    private static EscalationRequest Request() => new()
    {
        CustomerId = "webchat:ana",
        ChannelId = "webchat",
        ConversationId = Guid.NewGuid().ToString("N"),
        Language = Language.English,
        Decision = new EscalationDecision(true, [EscalationReason.LowCsat], EscalationPriority.High),
    };

    [Fact]
    public async Task WaitingCases_AreKeptInOneSortedSet_SoAPlaceIsOneRank()
    {
        var store = await CreateStoreAsync();
        var service = Service(store);
        var request = Request();
        var created = await service.CreateAsync(request, EscalationSummary.For(request), [], null, CancellationToken.None);
        var waiting = (RedisKey)$"{_prefix}escalation:{{queue}}:waiting";
        await using var connection = await redis.ConnectAsync();

        Assert.Equal(0, await connection.GetDatabase().SortedSetRankAsync(waiting, created.Id));

        Assert.True((await service.ClaimAsync(created.Id, "ana", CancellationToken.None)).Succeeded);
        Assert.Null(await connection.GetDatabase().SortedSetRankAsync(waiting, created.Id));
    }

    [Fact]
    public async Task OpenCasesStoredBeforeTheOpenByCreationIndex_AreIndexedOnFirstRead()
    {
        var store = await CreateStoreAsync();
        var service = Service(store);
        var request = Request();
        var open = await service.CreateAsync(request, EscalationSummary.For(request), [], null, CancellationToken.None);
        var expired = await service.CreateAsync(request with { ConversationId = Guid.NewGuid().ToString("N") }, "s", [], null, CancellationToken.None);
        Assert.True((await service.ExpireAsync(expired.Id, CancellationToken.None)).Succeeded);

        // As a store of an earlier version left them: no index, no marker.
        await using var connection = await redis.ConnectAsync();
        RedisKey index = $"{_prefix}escalation:{{queue}}:open-created";
        await connection.GetDatabase().KeyDeleteAsync([index, index.Append(":complete")]);

        var due = await (await ReopenAsync()).ListOpenCreatedUntilAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Equal([open.Id], due.Select(e => e.Id));
        Assert.Equal(1, await connection.GetDatabase().SortedSetLengthAsync(index));
    }

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
