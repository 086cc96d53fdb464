using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.BotFramework;
using SupportBot.Bot.ScaleOut;

namespace SupportBot.Bot.DirectLine;

/// <summary>Runs the bot's turns for the embedded channel in the background, one ordered queue per conversation:
/// the client's POST is answered as soon as the activity is logged, and the bot answers through the embedded
/// connector while the client listens on its stream (or polls). Turns go through <see cref="SupportBotAdapter"/>
/// exactly like channel turns. A conversation with <see cref="DirectLineOptions.MaxPendingTurns"/> activities
/// waiting refuses more; across instances, turns of one conversation take a <see cref="ConversationTurnLease"/>. On shutdown, queued turns are dropped and running ones are cancelled.</summary>
public sealed partial class DirectLineTurns(
    SupportBotAdapter adapter,
    IBot bot,
    EmbeddedChannel channel,
    ConversationTurnLease leases,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineTurns> logger) : IHostedService, IDisposable
{
    private readonly Dictionary<string, Queue<Activity>> _queues = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _running = [];
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Whether the conversation can take one more activity now.</summary>
    public bool HasRoom(string conversationId)
    {
        lock (_queues)
        {
            return !_stopping.IsCancellationRequested
                   && (!_queues.TryGetValue(conversationId, out var queue) || queue.Count < options.Value.MaxPendingTurns);
        }
    }

    /// <summary>Queues a turn for <paramref name="activity"/> (whose <c>serviceUrl</c> is the embedded one).
    /// False when the conversation already has too many waiting, or the host is stopping.</summary>
    public bool TryEnqueue(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation.Id;
        lock (_queues)
        {
            if (_stopping.IsCancellationRequested)
            {
                return false;
            }

            if (_queues.TryGetValue(conversationId, out var queue))
            {
                if (queue.Count >= options.Value.MaxPendingTurns)
                {
                    return false;
                }

                queue.Enqueue(activity);
                return true;
            }

            queue = new Queue<Activity>();
            queue.Enqueue(activity);
            _queues[conversationId] = queue;
            var drain = Task.Run(() => DrainAsync(conversationId, queue));
            _running.Add(drain);
            _ = drain.ContinueWith(done => { lock (_queues) { _running.Remove(done); } }, TaskScheduler.Default);
            return true;
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_queues)
        {
            _stopping.Cancel();
            foreach (var queue in _queues.Values)
            {
                queue.Clear();
            }

            running = [.. _running];
        }

        try
        {
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            LogStopTimedOut(running.Length);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    private async Task DrainAsync(string conversationId, Queue<Activity> queue)
    {
        while (true)
        {
            Activity next;
            lock (_queues)
            {
                if (queue.Count == 0 || _stopping.IsCancellationRequested)
                {
                    _queues.Remove(conversationId);
                    return;
                }

                next = queue.Peek();
            }

            await RunAsync(next);
            lock (_queues)
            {
                if (queue.Count > 0)
                {
                    queue.Dequeue();
                }
            }
        }
    }

    private async Task RunAsync(Activity activity)
    {
        try
        {
            // Across instances too: another instance may be running a turn of this conversation.
            await using var lease = await leases.AcquireAsync(activity.Conversation.Id, _stopping.Token);
            await adapter.ProcessInProcessAsync(channel, activity, bot.OnTurnAsync, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            LogCancelled(activity.Conversation.Id);
        }
#pragma warning disable CA1031 // a failed turn must not stop the conversation's queue; the adapter already apologised
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogTurnFailed(e, activity.Type, activity.Conversation.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line turn ({Type}) failed in conversation {ConversationId}")]
    private partial void LogTurnFailed(Exception exception, string? type, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line turn cancelled by shutdown in conversation {ConversationId}")]
    private partial void LogCancelled(string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} Direct Line conversations were still running turns at shutdown")]
    private partial void LogStopTimedOut(int count);
}
