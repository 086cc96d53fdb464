using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;

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

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
