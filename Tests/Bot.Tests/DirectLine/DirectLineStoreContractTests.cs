using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>The same rules for the memory and the Redis store: ids, watermarks, replacement, the cap, deletion,
/// starting once, and signals to subscribers.</summary>
[Collection(RedisCollection.Name)]
public sealed class DirectLineStoreContractTests(RedisServerFixture redis) : IAsyncLifetime
{
    private IConnectionMultiplexer _connection = null!;

    public async Task InitializeAsync() => _connection = await redis.ConnectAsync();

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    public static TheoryData<string> Stores => ["Memory", "Redis"];

    private IDirectLineStore Create(string kind, int cap = 5)
    {
        var options = Options.Create(new DirectLineOptions { MaxActivitiesPerConversation = cap });
        return kind == "Redis"
            ? new RedisDirectLineStore(
                _connection,
                new AppendSignals(),
                options,
                Options.Create(new StateOptions { KeyPrefix = $"contract-{Guid.NewGuid():N}:" }),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<RedisDirectLineStore>.Instance)
            : new InMemoryDirectLineStore(options, new AppendSignals(), new FakeTimeProvider(DateTimeOffset.UtcNow));
    }

    private static DirectLineConversation Conversation(string id) => new(id, "dl_user", "Marta", "es-ES", DateTimeOffset.UtcNow);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Conversations_AreCreatedOnce_StartedOnce_AndUnknownOnesAreNull(string kind)
    {
        var store = Create(kind);
        Assert.True(await store.CreateAsync(Conversation("c1"), CancellationToken.None));

        Assert.Equal(Conversation("c1") with { CreatedAt = default }, (await store.GetAsync("c1", CancellationToken.None))! with { CreatedAt = default });
        Assert.True(await store.TryStartAsync("c1", CancellationToken.None));
        Assert.False(await store.TryStartAsync("c1", CancellationToken.None));
        Assert.Null(await store.GetAsync("nope", CancellationToken.None));
        Assert.False(await store.TryStartAsync("nope", CancellationToken.None));
        Assert.Null(await store.NewActivityIdAsync("nope", CancellationToken.None));
        Assert.Equal(AppendStatus.NoConversation, (await store.AppendAsync("nope", "x", "{}", false, CancellationToken.None)).Status);
        Assert.Equal("c1|0000001", await store.NewActivityIdAsync("c1", CancellationToken.None));
        Assert.Equal("c1|0000002", await store.NewActivityIdAsync("c1", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Appends_GetGrowingWatermarks_ReplacementsMoveToTheEnd_AndTheCapDropsTheOldest(string kind)
    {
        var store = Create(kind, cap: 3);
        await store.CreateAsync(Conversation("c2"), CancellationToken.None);
        var signals = 0;
        using var subscription = store.Subscribe("c2", () => Interlocked.Increment(ref signals));

        foreach (var id in new[] { "a", "b", "c" })
        {
            await store.AppendAsync("c2", id, $"{{\"id\":\"{id}\"}}", false, CancellationToken.None);
        }

        var (status, watermark) = await store.AppendAsync("c2", "a", """{"id":"a","v":2}""", true, CancellationToken.None);
        Assert.Equal((AppendStatus.Appended, 4L), (status, watermark));
        Assert.Equal(AppendStatus.NoActivity, (await store.AppendAsync("c2", "zz", "{}", true, CancellationToken.None)).Status);
        var log = await store.ReadAsync("c2", 0, 10, CancellationToken.None);
        Assert.Equal(["b", "c", "a"], log.Select(e => e.ActivityId));
        Assert.Equal([2L, 3L, 4L], log.Select(e => e.Watermark));
        Assert.Equal("""{"id":"a","v":2}""", log[2].Json);

        await store.AppendAsync("c2", "d", "{}", false, CancellationToken.None);
        Assert.Equal(["c", "a", "d"], (await store.ReadAsync("c2", 0, 10, CancellationToken.None)).Select(e => e.ActivityId));
        Assert.Null(await store.FindAsync("c2", "b", CancellationToken.None));
        Assert.Equal(["d"], (await store.ReadAsync("c2", 4, 10, CancellationToken.None)).Select(e => e.ActivityId));
        Assert.Equal(["c"], (await store.ReadAsync("c2", 0, 1, CancellationToken.None)).Select(e => e.ActivityId));

        Assert.True(await store.DeleteAsync("c2", "a", CancellationToken.None));
        Assert.False(await store.DeleteAsync("c2", "a", CancellationToken.None));
        Assert.Equal(["c", "d"], (await store.ReadAsync("c2", 0, 10, CancellationToken.None)).Select(e => e.ActivityId));
        Assert.Equal(6L, (await store.AppendAsync("c2", "e", "{}", false, CancellationToken.None)).Watermark);

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Volatile.Read(ref signals) < 6 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(Volatile.Read(ref signals) >= 6);
    }

    [Fact]
    public async Task Redis_ExpiresUnstartedConversationsWithTheirToken_AndStartedOnesAfterTheirLifetime()
    {
        var prefix = $"ttl-{Guid.NewGuid():N}:";
        var store = new RedisDirectLineStore(
            _connection,
            new AppendSignals(),
            Options.Create(new DirectLineOptions { ConversationLifetime = TimeSpan.FromMinutes(5), TokenLifetime = TimeSpan.FromMinutes(30) }),
            Options.Create(new StateOptions { KeyPrefix = prefix }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<RedisDirectLineStore>.Instance);
        await store.CreateAsync(Conversation("c3"), CancellationToken.None);
        var database = _connection.GetDatabase();
        Assert.InRange((await database.KeyTimeToLiveAsync($"{prefix}directline:{{c3}}:conv"))!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
        await store.TryStartAsync("c3", CancellationToken.None);
        Assert.InRange((await database.KeyTimeToLiveAsync($"{prefix}directline:{{c3}}:conv"))!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        await store.AppendAsync("c3", "a", "{}", false, CancellationToken.None);

        foreach (var part in new[] { "conv", "log", "idx" })
        {
            var ttl = await database.KeyTimeToLiveAsync($"{prefix}directline:{{c3}}:{part}");
            Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        }
    }

    [Fact]
    public async Task Memory_ForgetsUnstartedConversationsWithTheirToken_AndIdleOnesAfterTheirLifetime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var store = new InMemoryDirectLineStore(
            Options.Create(new DirectLineOptions { ConversationLifetime = TimeSpan.FromHours(2), TokenLifetime = TimeSpan.FromMinutes(30) }),
            new AppendSignals(),
            clock);
        await store.CreateAsync(Conversation("never"), CancellationToken.None);
        await store.CreateAsync(Conversation("used"), CancellationToken.None);
        await store.TryStartAsync("used", CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(await store.GetAsync("never", CancellationToken.None));
        Assert.NotNull(await store.GetAsync("used", CancellationToken.None));
        await store.AppendAsync("used", "a", "{}", false, CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(119));
        Assert.NotNull(await store.GetAsync("used", CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await store.GetAsync("used", CancellationToken.None));
    }
}
