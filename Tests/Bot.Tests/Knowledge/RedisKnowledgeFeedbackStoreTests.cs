using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Knowledge;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Knowledge;

[Collection(RedisCollection.Name)]
public sealed class RedisKnowledgeFeedbackStoreTests(RedisServerFixture redis) : KnowledgeFeedbackStoreContractTests, IAsyncLifetime
{
    private readonly string _prefix = $"feedback-{Guid.NewGuid():N}:";
    private readonly List<IConnectionMultiplexer> _connections = [];

    protected override IKnowledgeFeedbackStore CreateStore()
    {
        var connection = redis.ConnectAsync().GetAwaiter().GetResult();
        _connections.Add(connection);
        return new RedisKnowledgeFeedbackStore(connection, Options.Create(new StateOptions { KeyPrefix = _prefix }), TimeProvider.System);
    }

    [Fact]
    public async Task AnswersGivenThroughTwoConnections_AreCountedTogether_AndKept()
    {
        var first = CreateStore();
        var second = CreateStore();
        await first.RecordAsync(new KnowledgeFeedback("invoices", Language.Spanish, true, "c1"), CancellationToken.None);
        await second.RecordAsync(new KnowledgeFeedback("invoices", Language.English, false, "c2"), CancellationToken.None);

        Assert.Equal([new ArticleFeedbackCount("invoices", 1, 1)], await first.CountAsync(CancellationToken.None));
        Assert.Equal(2, await _connections[0].GetDatabase().ListLengthAsync(_prefix + "knowledge:feedback:answers"));
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
