using System.Net;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Http;

/// <summary>With MicrosoftAppId configured, the channel's JWT is enforced and the bot never sees an unauthenticated turn.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private readonly CountingBot.Counter _turns = new();
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(
        new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        },
        services => CountingBot.Wrap(services, _turns));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")]
    public async Task NoOrInvalidToken_Is401_AndTheBotIsNeverInvoked(string? bearer)
    {
        var activity = new Customer(_host, "es-ES").Message("hola");
        using var response = await _host.PostRawAsync(JsonConvert.SerializeObject(activity), bearer: bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _turns.Count);
    }
}

/// <summary>Counts the turns that reach the bot.</summary>
public sealed class CountingBot(IBot inner, CountingBot.Counter counter) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        counter.Increment();
        await inner.OnTurnAsync(turnContext, cancellationToken);
    }

    public static void Wrap(IServiceCollection services, Counter counter)
    {
        var original = services.Single(d => d.ServiceType == typeof(IBot));
        services.Remove(original);
        services.AddSingleton<IBot>(sp => new CountingBot((IBot)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), counter));
    }

    public sealed class Counter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }
}
