using Microsoft.AspNetCore.Http;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Telemetry;

/// <summary>A local OTLP/HTTP receiver: accepts protobuf exports on <c>/v1/traces</c>, <c>/v1/metrics</c> and
/// <c>/v1/logs</c> with an empty (valid) export response, and keeps each request's path, content type and body.</summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly List<(string Path, string? ContentType, byte[] Body)> _requests = [];
    private LoopbackServer _server = null!;

    public Uri Address => _server.Address;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver();
        receiver._server = await LoopbackServer.StartAsync(receiver.HandleAsync);
        return receiver;
    }

    /// <summary>Waits (polling, generous deadline) for an export to <paramref name="path"/> whose body holds
    /// <paramref name="text"/> (protobuf keeps names as UTF-8), and returns its content type.</summary>
    public async Task<string?> WaitForAsync(string path, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            lock (_requests)
            {
                foreach (var request in _requests)
                {
                    if (request.Path == path && request.Body.AsSpan().IndexOf(needle) >= 0)
                    {
                        return request.ContentType;
                    }
                }
            }

            await Task.Delay(100);
        }

        lock (_requests)
        {
            throw new TimeoutException($"No export to {path} mentioned {text}; received: {string.Join(", ", _requests.Select(r => r.Path))}");
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        lock (_requests)
        {
            _requests.Add((context.Request.Path.Value ?? string.Empty, context.Request.ContentType, body.ToArray()));
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/x-protobuf";
    }
}
