using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>The client end of a Direct Line stream: reads frames (activity sets, empty keep-alives) in the background.</summary>
public sealed class StreamConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly List<JObject> _activities = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _reading;
    private readonly CancellationTokenSource _stop = new();

    public StreamConnection(ClientWebSocket socket)
    {
        _socket = socket;
        _reading = Task.Run(ReadAsync);
    }

    public int EmptyFrames { get; private set; }

    public string? Watermark { get; private set; }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public bool Closed { get; private set; }

    public IReadOnlyList<JObject> Activities
    {
        get
        {
            lock (_activities)
            {
                return [.. _activities];
            }
        }
    }

    /// <summary>Waits until an activity matches, or fails after <paramref name="seconds"/>.</summary>
    public async Task<JObject> WaitForAsync(Func<JObject, bool> match, string what, int seconds = 15)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var found = Activities.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No {what} arrived on the stream. Got: " + string.Join(" | ", Activities.Select(a => $"{a["type"]}:{a["from"]?["role"]}:{a["text"]}")));
            }
        }
    }

    /// <summary>Waits until the server sent at least <paramref name="count"/> empty frames.</summary>
    public async Task WaitForEmptyFramesAsync(int count, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (EmptyFrames < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Only {EmptyFrames} keep-alive frames arrived.");
            await Task.Delay(50);
        }
    }

    /// <summary>Sends an empty frame, as Web Chat does every 20 s.</summary>
    public Task SendEmptyAsync() => _socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, CancellationToken.None).AsTask();

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, _stop.Token);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Closed = true;
                    _arrived.Release();
                    return;
                }

                if (message.Length == 0)
                {
                    EmptyFrames++;
                    continue;
                }

                var frame = JObject.Parse(Encoding.UTF8.GetString(message.ToArray()));
                lock (_activities)
                {
                    _activities.AddRange(frame["activities"]!.Cast<JObject>());
                }

                Watermark = (string?)frame["watermark"];
                _arrived.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            Closed = true;
            _arrived.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }

        await _stop.CancelAsync();
        await _reading;
        _socket.Dispose();
        _stop.Dispose();
        _arrived.Dispose();
    }
}
