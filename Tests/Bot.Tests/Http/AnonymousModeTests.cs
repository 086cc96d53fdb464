using System.Net;
using Newtonsoft.Json;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Http;

/// <summary>With no MicrosoftAppId (local development), unauthenticated activities reach the bot.</summary>
public sealed class AnonymousModeTests : IAsyncLifetime
{
    private readonly CountingBot.Counter _turns = new();
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(configureServices: s => CountingBot.Wrap(s, _turns));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NoToken_IsAccepted_AndTheBotAnswers()
    {
        var customer = new Customer(_host, "es-ES");
        var replies = await customer.SayAsync("hola");
        Assert.NotEmpty(replies);
        Assert.Equal(1, _turns.Count);
    }

    [Fact]
    public async Task WithoutExpectReplies_Returns200()
    {
        var activity = new Customer(_host, "es-ES").Message("hola");
        activity.ServiceUrl = "http://127.0.0.1:9/";
        // Replies go to serviceUrl (nothing listens there): the turn fails on send, the endpoint still answers cleanly.
        using var response = await _host.PostRawAsync(JsonConvert.SerializeObject(activity));
        Assert.True(response.StatusCode is HttpStatusCode.OK, $"{response.StatusCode}");
    }
}
