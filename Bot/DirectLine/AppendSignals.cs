using System.Collections.Concurrent;

namespace SupportBot.Bot.DirectLine;

/// <summary>The subscribers of this process, by conversation: what the stores call after an append (memory) or
/// when Redis says another instance appended.</summary>
public sealed class AppendSignals
{
    private readonly ConcurrentDictionary<string, ImmutableSubscribers> _subscribers = new(StringComparer.Ordinal);

    /// <summary>Adds a subscriber until the result is disposed.</summary>
    public IDisposable Subscribe(string conversationId, Action appended)
    {
        ArgumentNullException.ThrowIfNull(appended);
        var subscription = new Subscription(this, conversationId, appended);
        _subscribers.AddOrUpdate(conversationId, _ => new ImmutableSubscribers([subscription]), (_, current) => current.With(subscription));
        return subscription;
    }

    /// <summary>Whether anyone in this process listens to the conversation.</summary>
    public bool HasSubscribers(string conversationId) => _subscribers.ContainsKey(conversationId);

    /// <summary>Wakes the conversation's subscribers.</summary>
    public void Signal(string conversationId)
    {
        if (_subscribers.TryGetValue(conversationId, out var current))
        {
            foreach (var subscription in current.Items)
            {
                subscription.Appended();
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        while (_subscribers.TryGetValue(subscription.ConversationId, out var current))
        {
            var without = current.Without(subscription);
            var done = without.Items.Length == 0
                ? _subscribers.TryRemove(new KeyValuePair<string, ImmutableSubscribers>(subscription.ConversationId, current))
                : _subscribers.TryUpdate(subscription.ConversationId, without, current);
            if (done)
            {
                return;
            }
        }
    }

    private sealed record ImmutableSubscribers(Subscription[] Items)
    {
        public ImmutableSubscribers With(Subscription item) => new([.. Items, item]);

        public ImmutableSubscribers Without(Subscription item) => new(Items.Where(i => !ReferenceEquals(i, item)).ToArray());
    }

    private sealed class Subscription(AppendSignals owner, string conversationId, Action appended) : IDisposable
    {
        private int _disposed;

        public string ConversationId { get; } = conversationId;

        public Action Appended { get; } = appended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(this);
            }
        }
    }
}
