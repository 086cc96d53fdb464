using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Invitations;
using SupportBot.Bot.Knowledge;
using SupportBot.Bot.Orders;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Surveys;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.ScaleOut;

/// <summary><c>Redis:ConnectionString</c> alone puts every store in Redis; a provider set explicitly still wins; without
/// Redis everything stays embedded; a store switched to Redis without a connection string stops the start.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisDefaultsTests(RedisServerFixture redis)
{
    [Fact]
    public async Task ConnectionStringAlone_PutsEveryStoreInRedis()
    {
        await using var host = await BotHost.StartAsync(TwoInstances.Settings(redis, $"defaults-{Guid.NewGuid():N}:"));

        Assert.IsType<RedisStorage>(host.Services.GetRequiredService<IStorage>());
        // Survey records on Redis sit behind the local write-ahead outbox.
        Assert.IsType<RedisSurveyStore>(Assert.IsType<OutboxSurveyStore>(host.Services.GetRequiredService<ISurveyStore>()).Inner);
        Assert.IsType<RedisEscalationStore>(host.Services.GetRequiredService<IEscalationStore>());
        Assert.IsType<RedisDirectLineStore>(host.Services.GetRequiredService<IDirectLineStore>());
        Assert.IsType<RedisKnowledgeFeedbackStore>(host.Services.GetRequiredService<IKnowledgeFeedbackStore>());
        Assert.IsType<RedisSelfServiceLog>(host.Services.GetRequiredService<ISelfServiceLog>());
        Assert.IsType<RedisInvitationStore>(host.Services.GetRequiredService<IInvitationStore>());
        Assert.All(host.Services.GetRequiredService<StoreLayout>().Stores, store => Assert.Equal("Redis", store.Value));
    }

    [Fact]
    public async Task ExplicitProviders_Win()
    {
        await using var host = await BotHost.StartAsync(TwoInstances.Settings(redis, $"defaults-{Guid.NewGuid():N}:", new Dictionary<string, string?>
        {
            ["State:Provider"] = "Memory",
            ["Surveys:Store"] = "Sqlite",
            ["Escalation:Store"] = "Sqlite",
            ["DirectLine:Store"] = "Memory",
            ["Knowledge:FeedbackStore"] = "Memory",
            ["Orders:ActionLogStore"] = "Sqlite",
            ["Invitations:Store"] = "Sqlite",
        }));

        Assert.IsType<InMemoryStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<SqliteSurveyStore>(host.Services.GetRequiredService<ISurveyStore>());
        Assert.IsType<SqliteEscalationStore>(host.Services.GetRequiredService<IEscalationStore>());
        Assert.IsType<InMemoryDirectLineStore>(host.Services.GetRequiredService<IDirectLineStore>());
        Assert.IsType<InMemoryKnowledgeFeedbackStore>(host.Services.GetRequiredService<IKnowledgeFeedbackStore>());
        Assert.IsType<SqliteSelfServiceLog>(host.Services.GetRequiredService<ISelfServiceLog>());
        Assert.IsType<SqliteInvitationStore>(host.Services.GetRequiredService<IInvitationStore>());
        Assert.Equal(
            "state=Memory, surveys=Sqlite, escalations=Sqlite, directLine=Memory, knowledgeFeedback=Memory, selfServiceLog=Sqlite, invitations=Sqlite, cache=Redis, signalR=Redis",
            host.Services.GetRequiredService<StoreLayout>().Summary);
    }

    [Fact]
    public async Task WithoutRedis_EverythingStaysEmbedded()
    {
        await using var host = await BotHost.StartAsync();

        Assert.Equal(
            "state=Memory, surveys=Sqlite, escalations=Sqlite, directLine=Memory, knowledgeFeedback=Sqlite, selfServiceLog=Sqlite, invitations=Sqlite, cache=Memory, signalR=Local",
            host.Services.GetRequiredService<StoreLayout>().Summary);
    }

    [Theory]
    [InlineData("Knowledge:FeedbackStore")]
    [InlineData("Orders:ActionLogStore")]
    public async Task NewRedisStores_WithoutAConnectionString_StopTheStart_NamingTheKey(string setting)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new Dictionary<string, string?> { [setting] = "Redis" }));

        Assert.Contains($"{setting} is Redis but Redis:ConnectionString is empty", failure.Message, StringComparison.Ordinal);
    }
}
