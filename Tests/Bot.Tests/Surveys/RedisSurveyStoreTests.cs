using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Surveys;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Surveys;

[Collection(RedisCollection.Name)]
public sealed class RedisSurveyStoreTests(RedisServerFixture redis) : SurveyStoreContractTests, IAsyncLifetime
{
    private readonly string _prefix = $"surveys-{Guid.NewGuid():N}:";
    private readonly List<IConnectionMultiplexer> _connections = [];

    protected override Task<ISurveyStore> CreateStoreAsync() => ReopenAsync();

    protected override async Task<ISurveyStore> ReopenAsync()
    {
        var connection = await redis.ConnectAsync();
        _connections.Add(connection);
        return new RedisSurveyStore(connection, Options.Create(new StateOptions { KeyPrefix = _prefix }));
    }

    [Fact]
    public async Task KeysAreUnderTheConfiguredPrefix()
    {
        var store = await CreateStoreAsync();
        await store.SetOptedOutAsync("someone", true, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var database = _connections[0].GetDatabase();
        Assert.True(await database.KeyExistsAsync(_prefix + "survey:optout:someone"));
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
