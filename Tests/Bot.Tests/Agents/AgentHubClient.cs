using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Agents;

/// <summary>An agent connected to <c>/hubs/agent</c> the way the console page connects (WebSocket, no negotiation,
/// token as <c>access_token</c>), recording every event it hears.</summary>
public sealed class AgentHubClient : IAsyncDisposable
{
    private static readonly string[] Events = ["queueChanged", "message", "slaBreached"];
    private readonly ConcurrentQueue<(string Name, JsonElement Payload)> _heard = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private AgentHubClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var name in Events)
        {
            connection.On<JsonElement>(name, payload =>
            {
                _heard.Enqueue((name, payload));
                _arrived.Release();
            });
        }
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<(string Name, JsonElement Payload)> Heard => [.. _heard];

    /// <summary>A connection, not yet started; <paramref name="token"/> null connects anonymously.</summary>
    public static AgentHubClient Create(BotHost host, string? token)
    {
        var url = new Uri(host.BaseAddress, "/hubs/agent" + (token is null ? string.Empty : "?access_token=" + Uri.EscapeDataString(token)));
        var connection = new HubConnectionBuilder()
            .WithUrl(url, HttpTransportType.WebSockets, options => options.SkipNegotiation = true)
            .Build();
        return new AgentHubClient(connection);
    }

    public static async Task<AgentHubClient> ConnectAsync(BotHost host, string token)
    {
        var client = Create(host, token);
        await client.Connection.StartAsync();
        return client;
    }

    public Task WatchAsync(string escalationId) => Connection.InvokeAsync("watch", escalationId);

    /// <summary>Waits until an event <paramref name="name"/> matching <paramref name="match"/> was heard, or fails after 10 s.</summary>
    public async Task<JsonElement> WaitForAsync(string name, Func<JsonElement, bool> match)
        => await TryWaitForAsync(name, match, TimeSpan.FromSeconds(10))
            ?? throw new Xunit.Sdk.XunitException($"No {name} event matched. Heard: " + string.Join(" | ", _heard.Select(h => h.Name + " " + h.Payload.GetRawText())));

    /// <summary>Waits until an event <paramref name="name"/> matching <paramref name="match"/> was heard; null after <paramref name="timeout"/>.</summary>
    public async Task<JsonElement?> TryWaitForAsync(string name, Func<JsonElement, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            foreach (var (heardName, payload) in _heard)
            {
                if (heardName == name && match(payload))
                {
                    return payload;
                }
            }

            try
            {
                await _arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        _arrived.Dispose();
    }
}
