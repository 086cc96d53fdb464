using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.ScaleOut;

/// <summary>One Direct Line turn at a time per conversation across instances: with the Direct Line store in Redis, a turn
/// first takes a lease (<c>SET NX PX</c> on <c>&lt;prefix&gt;directline:turn:&lt;conversation&gt;</c>, released only by its
/// holder), so two posts of one conversation that reach two instances at once run one after the other instead of
/// racing on the conversation state. A lease dies by itself after <see cref="LeaseTime"/> (a crashed holder); a turn
/// that waited that long, or finds Redis down, runs without one. With the memory store there is one instance: no lease.</summary>
public sealed partial class ConversationTurnLease(
    IServiceProvider services, IOptions<DirectLineOptions> directLine, IOptions<StateOptions> state, ILogger<ConversationTurnLease> logger)
{
    /// <summary>How long a lease lives at most, and how long a turn waits for one.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    private bool UsesRedis => (directLine.Value.Store ?? state.Value.Provider) == StateProvider.Redis;

    /// <summary>Waits for the conversation's lease; dispose the result to release it.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!UsesRedis)
        {
            return NoLease.Instance;
        }

        var key = (RedisKey)(state.Value.KeyPrefix + "directline:turn:" + conversationId);
        var holder = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        try
        {
            var database = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
            var deadline = DateTimeOffset.UtcNow + LeaseTime;
            while (!await database.StringSetAsync(key, holder, LeaseTime, When.NotExists))
            {
                if (DateTimeOffset.UtcNow > deadline)
                {
                    LogWaitedTooLong(conversationId);
                    return NoLease.Instance;
                }

                await Task.Delay(Poll, cancellationToken);
            }

            return new Lease(database, key, holder);
        }
        catch (RedisException e)
        {
            LogNoLease(e, conversationId);
            return NoLease.Instance;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line conversation {ConversationId}: waited too long for another instance's turn; running this one anyway")]
    private partial void LogWaitedTooLong(string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line conversation {ConversationId}: Redis did not answer for the turn lease; running the turn without it")]
    private partial void LogNoLease(Exception exception, string conversationId);

    private sealed class NoLease : IAsyncDisposable
    {
        public static readonly NoLease Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Lease(IDatabase database, RedisKey key, string holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await database.ScriptEvaluateAsync(ReleaseScript, [key], [holder]);
            }
            catch (RedisException)
            {
                // The lease expires by itself.
            }
        }
    }
}
