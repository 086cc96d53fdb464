using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;
using static SupportBot.Bot.Tests.Storage.TestStateTypes;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>Entries read ahead for a turn (one batch for user and conversation state) on a real redis-server, with a
/// second instance writing in between: the first read of a key in the turn takes the entry as it was at the read-ahead,
/// later reads see the store, a write drops the entry, and the ETag still refuses a write over the other instance's.</summary>
[Collection(RedisCollection.Name)]
public sealed class StateReadAheadTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly string _keyPrefix = $"readahead:{Guid.NewGuid():N}:";
    private readonly List<IConnectionMultiplexer> _connections = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<RedisStorage> OpenAsync()
    {
        var connection = await redis.ConnectAsync();
        _connections.Add(connection);
        return new RedisStorage(connection, Serializer, Options.Create(new StateOptions { KeyPrefix = _keyPrefix }));
    }

    private static Task WriteAsync(RedisStorage storage, string key, object value) => storage.WriteAsync(new Dictionary<string, object> { [key] = value });

    private static async Task<TestTicket?> ReadAsync(RedisStorage storage, string key)
        => (await storage.ReadAsync([key])).TryGetValue(key, out var item) ? Assert.IsType<TestTicket>(item) : null;

    [Fact]
    public async Task FirstReadTakesTheEntry_LaterReadsSeeTheStore_AndTheETagStillGuardsTheWrite()
    {
        var turn = await OpenAsync();
        var other = await OpenAsync();
        await WriteAsync(other, "ticket", NewTicket("Before"));

        turn.UseReadAhead(await turn.ReadAheadAsync(["ticket", "missing"], CancellationToken.None));
        var changed = (await ReadAsync(other, "ticket"))!;
        changed.Title = "Changed by the other instance";
        await WriteAsync(other, "ticket", changed);
        await WriteAsync(other, "missing", NewTicket("Created meanwhile"));

        var first = await ReadAsync(turn, "ticket");
        Assert.Equal("Before", first?.Title);
        Assert.Null(await ReadAsync(turn, "missing"));
        Assert.Equal("Changed by the other instance", (await ReadAsync(turn, "ticket"))?.Title);
        Assert.Equal("Created meanwhile", (await ReadAsync(turn, "missing"))?.Title);

        first!.Title = "Over the other's write";
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(turn, "ticket", first));
    }

    [Fact]
    public async Task AWriteOrDeleteInTheTurn_DropsTheEntry()
    {
        var turn = await OpenAsync();
        await WriteAsync(turn, "written", NewTicket("Stored"));
        await WriteAsync(turn, "deleted", NewTicket("Stored"));

        turn.UseReadAhead(await turn.ReadAheadAsync(["written", "deleted"], CancellationToken.None));
        await WriteAsync(turn, "written", NewTicket("Written in the turn"));
        await turn.DeleteAsync(["deleted"]);

        Assert.Equal("Written in the turn", (await ReadAsync(turn, "written"))?.Title);
        Assert.Null(await ReadAsync(turn, "deleted"));
    }

    [Fact]
    public async Task AnotherFlow_DoesNotSeeTheEntries_NorAfterTheyAreForgotten()
    {
        var turn = await OpenAsync();
        await WriteAsync(turn, "ticket", NewTicket("Before"));
        turn.UseReadAhead(await turn.ReadAheadAsync(["ticket"], CancellationToken.None));
        await WriteAsync(await OpenAsync(), "ticket", NewTicket("After"));

        // A flow that does not descend from the one that read ahead (another turn) reads the store.
        Task<TestTicket?> elsewhere;
        using (ExecutionContext.SuppressFlow())
        {
            elsewhere = Task.Run(() => ReadAsync(turn, "ticket"));
        }

        Assert.Equal("After", (await elsewhere)?.Title);

        turn.UseReadAhead(null);
        Assert.Equal("After", (await ReadAsync(turn, "ticket"))?.Title);
    }
}
