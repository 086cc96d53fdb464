using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine;

/// <summary>The <c>streamUrl</c> WebSocket of a conversation: first what the log holds after the client's watermark
/// (the greeting usually is there already), then every new activity as it is appended — on this instance or, with
/// the Redis store, on another — as activity-set frames <c>{"activities":[…],"watermark":"n"}</c>; an empty text
/// frame when idle for <see cref="DirectLineOptions.KeepAliveInterval"/>. What the client sends (Web Chat sends
/// empty frames) is read and ignored. Ends when the client closes, the connection drops or the host stops.</summary>
public sealed partial class DirectLineSocket(
    IDirectLineStore store,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineSocket> logger)
{
    private const int FrameSize = 100;

    /// <summary>Serves one accepted socket until it ends.</summary>
    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        using var wake = new SemaphoreSlim(0);
        using var subscription = store.Subscribe(conversationId, () =>
        {
            try
            {
                wake.Release();
            }
            catch (ObjectDisposedException)
            {
                // The stream ended between the append and the signal.
            }
        });
        var receiving = DiscardIncomingAsync(socket, stop);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var sent = false;
                IReadOnlyList<LoggedActivity> batch;
                do
                {
                    batch = await store.ReadAsync(conversationId, watermark, FrameSize, stop.Token);
                    if (batch.Count > 0)
                    {
                        watermark = batch[^1].Watermark;
                        await SendAsync(socket, Frame(batch, watermark), stop.Token);
                        sent = true;
                    }
                }
                while (batch.Count == FrameSize);

                var woken = await wake.WaitAsync(options.Value.KeepAliveInterval, stop.Token);
                while (wake.Wait(0, CancellationToken.None))
                {
                    // Several appends, one read.
                }

                if (!woken && !sent)
                {
                    await SendAsync(socket, [], stop.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            LogStreamEnded(e, conversationId);
        }
        finally
        {
            await stop.CancelAsync();
            await CloseAsync(socket, lifetime.ApplicationStopping.IsCancellationRequested);
            await receiving;
        }
    }

    /// <summary>An activity-set frame.</summary>
    public static byte[] Frame(IReadOnlyList<LoggedActivity> activities, long watermark)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var json = new StringBuilder("{\"activities\":[");
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append(activities[i].Json);
        }

        json.Append("],\"watermark\":\"").Append(watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private static Task SendAsync(WebSocket socket, byte[] frame, CancellationToken cancellationToken)
        => socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task DiscardIncomingAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is gone or the stream is ending: nothing left to read.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket, bool shuttingDown)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(
                    shuttingDown ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure,
                    shuttingDown ? "Server stopping" : null,
                    timeout.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Already gone.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream of conversation {ConversationId} ended")]
    private partial void LogStreamEnded(Exception reason, string conversationId);
}
