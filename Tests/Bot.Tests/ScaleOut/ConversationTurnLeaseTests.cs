using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.ScaleOut;

/// <summary>A Direct Line turn on B waits while A runs a turn of the same conversation, and goes ahead once A's is done;
/// other conversations never wait.</summary>
[Collection(RedisCollection.Name)]
public sealed class ConversationTurnLeaseTests(RedisServerFixture redis)
{
    [Fact]
    public async Task ATurnOnB_WaitsForTheSameConversationsTurnOnA()
    {
        var prefix = $"lease-{Guid.NewGuid():N}:";
        await using var a = await BotHost.StartAsync(TwoInstances.Settings(redis, prefix));
        await using var b = await BotHost.StartAsync(TwoInstances.Settings(redis, prefix));
        var onA = a.Services.GetRequiredService<ConversationTurnLease>();
        var onB = b.Services.GetRequiredService<ConversationTurnLease>();

        var held = await onA.AcquireAsync("conv-1", CancellationToken.None);
        var waiting = onB.AcquireAsync("conv-1", CancellationToken.None);
        await using (await onB.AcquireAsync("conv-2", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)))
        {
            Assert.False(waiting.IsCompleted);
        }

        await using var connection = await redis.ConnectAsync();
        Assert.True(await connection.GetDatabase().KeyExistsAsync(prefix + "directline:turn:conv-1"));
        await held.DisposeAsync();
        await using (await waiting.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            Assert.True(await connection.GetDatabase().KeyExistsAsync(prefix + "directline:turn:conv-1"));
        }

        Assert.False(await connection.GetDatabase().KeyExistsAsync(prefix + "directline:turn:conv-1"));
    }
}
