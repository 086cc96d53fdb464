using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>The transcript log on a real redis-server: a list per conversation, capped, expiring a day after its last
/// line.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisTranscriptLogTests(RedisServerFixture redis) : TranscriptLogContractTests, IAsyncLifetime
{
    private readonly string _prefix = $"transcripts-{Guid.NewGuid():N}:";
    private readonly List<IConnectionMultiplexer> _connections = [];

    protected override Task<ITranscriptLog> CreateLogAsync() => ReopenAsync();

    protected override async Task<ITranscriptLog> ReopenAsync()
    {
        var connection = await redis.ConnectAsync();
        _connections.Add(connection);
        return new RedisTranscriptLog(connection, Options.Create(new StateOptions { KeyPrefix = _prefix }));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task AConversation_IsOneCappedList_ThatExpiresADayAfterItsLastLine()
    {
        var log = await CreateLogAsync();
        await using var connection = await redis.ConnectAsync();
        var key = (RedisKey)$"{_prefix}transcript:c-1";

        for (var i = 0; i < ConversationTranscript.MaxLines + 1; i++)
        {
            await log.AppendAsync("c-1", [new TranscriptEntry(DateTimeOffset.UnixEpoch.AddSeconds(i), TranscriptSender.Customer, "hola")], CancellationToken.None);
        }

        var database = connection.GetDatabase();
        Assert.Equal(RedisType.List, await database.KeyTypeAsync(key));
        Assert.Equal(ConversationTranscript.MaxLines, await database.ListLengthAsync(key));
        var timeToLive = await database.KeyTimeToLiveAsync(key);
        Assert.NotNull(timeToLive);
        Assert.InRange(timeToLive.Value, ConversationTranscript.TimeToLive - TimeSpan.FromMinutes(5), ConversationTranscript.TimeToLive);
    }
}
