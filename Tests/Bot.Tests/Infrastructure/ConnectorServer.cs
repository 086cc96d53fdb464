using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>A local server that speaks the Bot Connector REST API (v3) the way a channel's service URL does: it takes
/// new conversations, activities, replies and updates, answers with resource ids, and records everything the bot sent.</summary>
public sealed class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _ids;

    private ConnectorServer(WebApplication app, Uri serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    /// <summary>The service URL to put on incoming activities.</summary>
    public Uri ServiceUrl { get; }

    /// <summary>When set, updates (PUT) are recorded and answered 500, as a channel that is down would.</summary>
    public bool FailUpdates { get; set; }

    /// <summary>When set, new conversations (POST /v3/conversations) are recorded and answered 503.</summary>
    public bool FailCreates { get; set; }

    /// <summary>When set, messages (send and reply) are recorded and answered with this status, as a channel that is
    /// down (5xx) or that no longer has the conversation (403/404) would.</summary>
    public int? FailMessagesWith { get; set; }

    /// <summary>Everything the bot called, in arrival order.</summary>
    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public static async Task<ConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ConnectorServer? server = null;
        app.MapPost("/v3/conversations", (Func<HttpContext, Task<IResult>>)(http => server!.RecordAsync(http, "create", null, null)));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) => server!.RecordAsync(http, "send", conversationId, null));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => server!.RecordAsync(http, "reply", conversationId, activityId));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => server!.RecordAsync(http, "update", conversationId, activityId));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new ConnectorServer(app, new Uri(address + "/"));
        return server;
    }

    /// <summary>Waits until a recorded call matches, or fails after <paramref name="timeout"/> (10 s by default).</summary>
    public async Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var found = _calls.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("The bot did not make the expected Connector call. Calls: " + string.Join(" | ", _calls.Select(c => $"{c.Kind} {c.ConversationId} {c.Text}")));
            }
        }
    }

    /// <summary>The calls of one kind to a conversation, in order.</summary>
    public IReadOnlyList<ConnectorCall> CallsTo(string conversationId, string kind)
        => _calls.Where(c => c.Kind == kind && c.ConversationId == conversationId).ToList();

    /// <summary>Texts the bot sent (send or reply) to a conversation, in order.</summary>
    public IReadOnlyList<string> TextsTo(string conversationId)
        => _calls.Where(c => c.Kind is "send" or "reply" && c.ConversationId == conversationId).Select(c => c.Text ?? string.Empty).ToList();

    private async Task<IResult> RecordAsync(HttpContext http, string kind, string? conversationId, string? activityId)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = JObject.Parse(await reader.ReadToEndAsync());
        var id = "a" + Interlocked.Increment(ref _ids);
        if (kind == "create")
        {
            // Teams answers a new channel thread with "<channel id>;messageid=<id of the first message>".
            conversationId = (string?)body["channelData"]?["channel"]?["id"] is { } channel
                ? channel + ";messageid=" + id
                : "created-" + id;
        }

        _calls.Enqueue(new ConnectorCall(kind, conversationId, activityId, http.Request.Headers.Authorization.ToString(), body));
        _arrived.Release();
        if ((kind == "update" && FailUpdates) || (kind == "create" && FailCreates))
        {
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        if (kind is "send" or "reply" && FailMessagesWith is { } status)
        {
            return Results.StatusCode(status);
        }

        return kind == "create"
            ? Results.Content(JsonConvert.SerializeObject(new { id = conversationId, activityId = id }), "application/json")
            : Results.Content(JsonConvert.SerializeObject(new { id = activityId ?? id }), "application/json");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
