using Microsoft.Bot.Builder;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Http;

/// <summary>State on a real redis-server: a conversation outlives the instance that started it.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisStateTests(RedisServerFixture redis)
{
    private Dictionary<string, string?> RedisSettings(string prefix) => new()
    {
        ["State:Provider"] = "Redis",
        ["Surveys:Store"] = "Redis",
        ["State:KeyPrefix"] = prefix,
        ["Redis:ConnectionString"] = redis.ConnectionString,
    };

    [Theory]
    [InlineData("es-ES", Language.Spanish)]
    [InlineData("en-US", Language.English)]
    public async Task ConversationHalfWayThroughAPrompt_ContinuesOnAnotherInstance(string locale, Language language)
    {
        var t = Texts.For(language);
        var settings = RedisSettings($"restart-{Guid.NewGuid():N}:");
        await using var first = await BotHost.StartAsync(settings);
        await using var second = await BotHost.StartAsync(settings);

        var customer = new Customer(first, locale);
        await customer.SayAsync("hola");
        Assert.Equal([t.SurveyIntro, t.SurveyAskCsat], await customer.TextsAsync(t.MenuSurvey));

        customer.Host = second;
        Assert.Equal([t.SurveyAskNps], await customer.TextsAsync("cuatro"));

        customer.Host = first;
        Assert.Equal([t.SurveyAskWhyPromoter], await customer.TextsAsync("9"));
    }

    [Fact]
    public async Task ConversationSurvivesAFullRestart()
    {
        var settings = RedisSettings($"restart-{Guid.NewGuid():N}:");
        var customer = new Customer(await BotHost.StartAsync(settings), "es-ES");
        await customer.SayAsync("hola");
        await customer.SayAsync(Texts.Spanish.MenuSurvey);
        await customer.Host.DisposeAsync();

        await using var restarted = await BotHost.StartAsync(settings);
        customer.Host = restarted;
        Assert.Equal([Texts.Spanish.SurveyAskNps], await customer.TextsAsync("★★★"));
    }

    [Fact]
    public async Task WithRedisConfigured_StorageAndDistributedCacheAreRedis()
    {
        await using var host = await BotHost.StartAsync(RedisSettings($"di-{Guid.NewGuid():N}:"));
        Assert.IsType<RedisStorage>(host.Services.GetRequiredService<IStorage>());
        var cache = host.Services.GetRequiredService<IDistributedCache>();
        Assert.IsAssignableFrom<RedisCache>(cache);

        await cache.SetStringAsync("probe", "value");
        Assert.Equal("value", await cache.GetStringAsync("probe"));
        var prefix = host.Services.GetRequiredService<IOptions<StateOptions>>().Value.KeyPrefix;
        using var connection = await redis.ConnectAsync();
        Assert.True(await connection.GetDatabase().KeyExistsAsync(prefix + "cache:probe"));
    }

    [Fact]
    public async Task RedisProviderWithoutConnectionString_FailsAtStartupNamingTheKey()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(
            new Dictionary<string, string?> { ["State:Provider"] = "Redis" }));
        Assert.Contains("Redis:ConnectionString", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByDefault_StateIsInMemory()
    {
        await using var host = await BotHost.StartAsync();
        Assert.IsType<InMemoryStorage>(host.Services.GetRequiredService<IStorage>());
    }
}
