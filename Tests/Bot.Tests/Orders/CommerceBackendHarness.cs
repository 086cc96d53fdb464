using Microsoft.Extensions.Logging.Testing;
using SupportBot.Bot.Hosting;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>The production registration (<c>AddCommerceBackend</c>, real DI and IHttpClientFactory) pointed at a fresh
/// <see cref="CommerceBackendServer"/>, with every log record collected down to Trace.</summary>
public sealed class CommerceBackendHarness : IAsyncDisposable
{
    public static readonly OrderCaller Caller = new("webchat:ana-7Qk", "conv-8f2e");

    private readonly ServiceProvider _services;

    private CommerceBackendHarness(CommerceBackendServer server, ServiceProvider services, FakeLogCollector logs)
    {
        Server = server;
        _services = services;
        Logs = logs;
        Orders = services.GetRequiredService<IOrderService>();
    }

    public CommerceBackendServer Server { get; }

    public IOrderService Orders { get; }

    public FakeLogCollector Logs { get; }

    /// <summary>Starts a server and a client of it; <paramref name="settings"/> override the defaults (a short timeout and
    /// retry delay, the server's key).</summary>
    public static async Task<CommerceBackendHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var server = await CommerceBackendServer.StartAsync();
        var effective = new Dictionary<string, string?>
        {
            ["Orders:Http:BaseUrl"] = server.BaseUrl.ToString(),
            ["Orders:Http:ApiKey"] = CommerceBackendServer.ApiKey,
            ["Orders:Http:Timeout"] = "00:00:02",
            ["Orders:Http:RetryDelay"] = "00:00:00.010",
            ["Orders:Http:MaxRetryAfter"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(effective).Build();
        var logs = new FakeLogCollector();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)))
            .AddCommerceBackend(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new CommerceBackendHarness(server, services, logs);
    }

    /// <summary>The one request the server received, checked for what every request carries: <paramref name="method"/>,
    /// <paramref name="path"/> (below the API root), the bearer key and <see cref="Caller"/>'s headers.</summary>
    public BackendRequest SingleRequest(string method, string path)
    {
        var request = Assert.Single(Server.Requests);
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal("Bearer " + CommerceBackendServer.ApiKey, request.Authorization);
        Assert.Equal(Caller.CustomerId, request.Customer);
        Assert.Equal(Caller.ConversationId, request.Conversation);
        return request;
    }

    /// <summary>Every log line written so far, message and exception text together.</summary>
    public string AllLogText() => string.Join('\n', Logs.GetSnapshot().Select(r => $"{r.Level} {r.Category} {r.Message} {r.Exception}"));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
