using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Faults;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.ScaleOut;

/// <summary>The shared keys are read at start-up, possibly before the first connection to Redis is through: a
/// connection that comes up within the operation timeout is waited for; one that does not fails start-up with the
/// setting to use instead.</summary>
public sealed class SharedKeysStartupTests : IAsyncLifetime
{
    private RedisServerFixture? _redis;

    private RedisServerFixture Redis => _redis ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _redis = await RedisServerFixture.StartPersistentAsync();
        await _redis.KillAsync();
    }

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [Fact]
    public async Task AKeyAskedForBeforeRedisAnswers_IsReadOnceItDoes()
    {
        await using var connection = await DisconnectedAsync();
        var keys = Keys(connection, TimeSpan.FromSeconds(20));

        var asking = Task.Run(() => keys.GetOrCreate("directline-secret", "DirectLine:Secret"));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(asking.IsCompleted);
        await Redis.RestartAsync();

        var key = await asking;
        Assert.Equal(32, key!.Length);
        Assert.Equal(Convert.ToBase64String(key), (await connection.GetDatabase().StringGetAsync("startup:keys:directline-secret")).ToString());
    }

    [Fact]
    public async Task ARedisThatDoesNotAnswer_FailsStartUp_NamingTheSetting()
    {
        await using var connection = await DisconnectedAsync();
        var keys = Keys(connection, TimeSpan.FromMilliseconds(300));

        var error = Assert.Throws<InvalidOperationException>(() => keys.GetOrCreate("directline-secret", "DirectLine:Secret"));

        Assert.Contains("Set DirectLine:Secret, or make Redis:ConnectionString reachable", error.Message, StringComparison.Ordinal);
    }

    // As the bot connects (RedisTimeouts: commands fail at once while the connection is down), with a short first try.
    private async Task<ConnectionMultiplexer> DisconnectedAsync()
    {
        var options = ConfigurationOptions.Parse(Redis.ConnectionString);
        RedisTimeouts.Apply(options, new RedisOptions { OperationTimeout = TimeSpan.FromMilliseconds(200), ReconnectInterval = TimeSpan.FromMilliseconds(100) });
        // A server just restarted answers its first commands slowly (it reloads its file); only connecting is short here.
        options.SyncTimeout = options.AsyncTimeout = 5000;
        var connection = await ConnectionMultiplexer.ConnectAsync(options);
        Assert.False(connection.IsConnected);
        return connection;
    }

    private SharedKeys Keys(IConnectionMultiplexer connection, TimeSpan operationTimeout)
        => new(
            new ServiceCollection().AddSingleton(connection).BuildServiceProvider(),
            Options.Create(new RedisOptions { ConnectionString = Redis.ConnectionString, OperationTimeout = operationTimeout }),
            Options.Create(new StateOptions { KeyPrefix = "startup:" }));
}
