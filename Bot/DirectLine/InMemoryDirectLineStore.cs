using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine;

/// <summary>Conversations and logs in this process: one instance, lost on restart. Expired conversations are
/// swept at most once a minute, when a conversation is created.</summary>
public sealed class InMemoryDirectLineStore(IOptions<DirectLineOptions> options, AppendSignals signals, TimeProvider clock) : IDirectLineStore
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;
    private long _nextSweepTicks;

    /// <inheritdoc />
    public Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Sweep();
        if (_conversations.Count >= _options.MaxConversations)
        {
            return Task.FromResult(false);
        }

        var entry = new Entry(conversation) { ExpiresAt = clock.GetUtcNow() + _options.ConversationLifetime };
        return Task.FromResult(_conversations.TryAdd(conversation.Id, entry));
    }

    /// <inheritdoc />
    public Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken)
        => Task.FromResult(Live(conversationId)?.Conversation);

    /// <inheritdoc />
    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return Task.FromResult(false);
        }

        lock (entry)
        {
            if (entry.Started)
            {
                return Task.FromResult(false);
            }

            entry.Started = true;
            entry.ExpiresAt = clock.GetUtcNow() + _options.ConversationLifetime;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<string?> NewActivityIdAsync(string conversationId, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return Task.FromResult<string?>(null);
        }

        var number = Interlocked.Increment(ref entry.LastActivityNumber);
        return Task.FromResult<string?>(conversationId + "|" + number.ToString("D7", CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public Task<(AppendStatus Status, long Watermark)> AppendAsync(
        string conversationId, string activityId, string json, bool replace, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return Task.FromResult((AppendStatus.NoConversation, 0L));
        }

        long watermark;
        lock (entry)
        {
            var existing = entry.Log.FindIndex(a => a.ActivityId == activityId);
            if (replace && existing < 0)
            {
                return Task.FromResult((AppendStatus.NoActivity, 0L));
            }

            if (existing >= 0)
            {
                entry.Log.RemoveAt(existing);
            }

            watermark = ++entry.LastWatermark;
            entry.Log.Add(new LoggedActivity(watermark, activityId, json));
            var excess = entry.Log.Count - _options.MaxActivitiesPerConversation;
            if (excess > 0)
            {
                entry.Log.RemoveRange(0, excess);
            }

            entry.ExpiresAt = clock.GetUtcNow() + _options.ConversationLifetime;
        }

        signals.Signal(conversationId);
        return Task.FromResult((AppendStatus.Appended, watermark));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<LoggedActivity>> ReadAsync(string conversationId, long after, int max, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return Task.FromResult<IReadOnlyList<LoggedActivity>>([]);
        }

        lock (entry)
        {
            return Task.FromResult<IReadOnlyList<LoggedActivity>>(entry.Log.Where(a => a.Watermark > after).Take(max).ToList());
        }
    }

    /// <inheritdoc />
    public Task<LoggedActivity?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return Task.FromResult<LoggedActivity?>(null);
        }

        lock (entry)
        {
            return Task.FromResult(entry.Log.Find(a => a.ActivityId == activityId));
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return Task.FromResult(false);
        }

        lock (entry)
        {
            return Task.FromResult(entry.Log.RemoveAll(a => a.ActivityId == activityId) > 0);
        }
    }

    /// <inheritdoc />
    public IDisposable Subscribe(string conversationId, Action appended) => signals.Subscribe(conversationId, appended);

    private Entry? Live(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var entry))
        {
            return null;
        }

        if (entry.ExpiresAt > clock.GetUtcNow())
        {
            return entry;
        }

        _conversations.TryRemove(new KeyValuePair<string, Entry>(conversationId, entry));
        return null;
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepEvery).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var (id, entry) in _conversations)
        {
            if (entry.ExpiresAt <= now)
            {
                _conversations.TryRemove(new KeyValuePair<string, Entry>(id, entry));
            }
        }
    }

    private sealed class Entry(DirectLineConversation conversation)
    {
        public DirectLineConversation Conversation { get; } = conversation;

        public List<LoggedActivity> Log { get; } = [];

        public bool Started { get; set; }

        public long LastWatermark { get; set; }

#pragma warning disable SA1401, CA1051 // incremented with Interlocked
        public long LastActivityNumber;
#pragma warning restore SA1401, CA1051

        public DateTimeOffset ExpiresAt { get; set; }
    }
}
