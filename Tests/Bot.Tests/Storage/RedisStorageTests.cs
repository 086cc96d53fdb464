using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;
using static SupportBot.Bot.Tests.Storage.TestStateTypes;

namespace SupportBot.Bot.Tests.Storage;

[Collection(RedisCollection.Name)]
public sealed class RedisStorageTests(RedisServerFixture redis) : StorageContractTests, IAsyncLifetime
{
    private static readonly TimeSpan ExpiryWait = TimeSpan.FromSeconds(5);

    // xUnit creates an instance per test: every test gets its own key space.
    private readonly string _keyPrefix = $"test:{Guid.NewGuid():N}:";
    private IConnectionMultiplexer? _connection;

    private IConnectionMultiplexer Connection =>
        _connection ?? throw new InvalidOperationException("Not connected to Redis.");

    public async Task InitializeAsync() => _connection = await redis.ConnectAsync();

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(Create(_keyPrefix, timeToLive: null));

    protected override Task WriteForeignJsonAsync(IStorage storage, string key, string json) =>
        Connection.GetDatabase().HashSetAsync(_keyPrefix + key, [new("etag", "foreign"), new("data", json)]);

    [Fact]
    public async Task Write_StoresAHashOfETagAndDataWithoutTheETagEntry()
    {
        var storage = Create(_keyPrefix, timeToLive: null);
        var state = new Dictionary<string, object> { ["ticket"] = NewTicket(), [JsonStorage.ETagEntry] = "*" };

        await WriteAsync(storage, "conversation", state);
        var hash = (await Connection.GetDatabase().HashGetAllAsync(_keyPrefix + "conversation"))
            .ToDictionary(entry => entry.Name.ToString(), entry => entry.Value.ToString());

        Assert.Equal(["data", "etag"], hash.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(state[JsonStorage.ETagEntry], hash["etag"]);
        var data = JObject.Parse(hash["data"]);
        Assert.Equal(StateTypeRegistry.RootDictionaryName, data.Value<string>("$type"));
        Assert.False(data.ContainsKey(JsonStorage.ETagEntry));
        Assert.Equal(TicketName, data["ticket"]!.Value<string>("$type"));
    }

    [Fact]
    public async Task KeyPrefix_KeepsStoragesApart()
    {
        var mine = Create(_keyPrefix, timeToLive: null);
        var theirs = Create($"other:{Guid.NewGuid():N}:", timeToLive: null);

        await WriteAsync(mine, "ticket", NewTicket());

        Assert.Empty(await theirs.ReadAsync(["ticket"]));
        Assert.Single(await mine.ReadAsync(["ticket"]));
    }

    [Fact]
    public async Task TimeToLive_SetsAnExpiryAndTheEntryDisappears()
    {
        var timeToLive = TimeSpan.FromMilliseconds(300);
        var storage = Create(_keyPrefix, timeToLive);

        await WriteAsync(storage, "ticket", NewTicket());

        var remaining = await Connection.GetDatabase().KeyTimeToLiveAsync(_keyPrefix + "ticket");
        Assert.NotNull(remaining);
        Assert.InRange(remaining.Value, TimeSpan.FromTicks(1), timeToLive);
        var clock = Stopwatch.StartNew();
        while ((await storage.ReadAsync(["ticket"])).Count > 0)
        {
            Assert.True(clock.Elapsed < ExpiryWait, $"The entry was still there after {ExpiryWait}.");
            await Task.Delay(25);
        }
    }

    [Fact]
    public async Task TimeToLive_WriteWithoutItRemovesAnEarlierExpiry()
    {
        var expiring = Create(_keyPrefix, TimeSpan.FromMinutes(5));
        var lasting = Create(_keyPrefix, timeToLive: null);

        await WriteAsync(expiring, "ticket", NewTicket());
        await WriteAsync(lasting, "ticket", await ReadTicketAsync(lasting, "ticket"));

        Assert.Null(await Connection.GetDatabase().KeyTimeToLiveAsync(_keyPrefix + "ticket"));
    }

    private RedisStorage Create(string keyPrefix, TimeSpan? timeToLive) => new(
        Connection,
        Serializer,
        Options.Create(new StateOptions { Provider = StateProvider.Redis, KeyPrefix = keyPrefix, TimeToLive = timeToLive }));
}
