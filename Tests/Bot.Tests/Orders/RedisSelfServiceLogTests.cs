using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Orders;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Orders;

[Collection(RedisCollection.Name)]
public sealed class RedisSelfServiceLogTests(RedisServerFixture redis) : SelfServiceLogContractTests, IAsyncLifetime
{
    private readonly string _prefix = $"selfservice-{Guid.NewGuid():N}:";
    private readonly List<IConnectionMultiplexer> _connections = [];

    protected override async Task<ISelfServiceLog> CreateLogAsync()
    {
        var connection = await redis.ConnectAsync();
        _connections.Add(connection);
        return new RedisSelfServiceLog(connection, Options.Create(new StateOptions { KeyPrefix = _prefix }));
    }

    [Fact]
    public async Task TwoConnections_SeeOneLog_UnderTheConfiguredPrefix()
    {
        var first = await CreateLogAsync();
        var second = await CreateLogAsync();
        await first.RecordAsync(new SelfServiceAction(DateTimeOffset.UnixEpoch, "c", "conv-x", SelfServiceActionKind.Invoice, "400101", "Sent", "F-1"), default);

        Assert.Equal("F-1", Assert.Single(await second.ListByConversationAsync("conv-x", 5, default)).Reference);
        Assert.True(await _connections[0].GetDatabase().KeyExistsAsync(_prefix + "selfservice:conv-x"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
