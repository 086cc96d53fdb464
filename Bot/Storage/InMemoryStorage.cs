using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>Bot state kept in this process, for local runs and tests. It stores JSON and ETags exactly as
/// <see cref="RedisStorage"/> does, so it enforces the same type allow-list and hands out copies on read; see
/// <see cref="JsonStorage"/> for the rules. Lost on restart and not shared between instances.</summary>
public sealed class InMemoryStorage : JsonStorage
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>Creates an empty storage.</summary>
    /// <param name="serializer">The serializer with the allow-list of persisted types.</param>
    /// <param name="options">The state options; <see cref="StateOptions.TimeToLive"/> is honoured.</param>
    /// <param name="timeProvider">The clock that decides when entries expire.</param>
    public InMemoryStorage(StateSerializer serializer, IOptions<StateOptions> options, TimeProvider timeProvider)
        : base(serializer, (options ?? throw new ArgumentNullException(nameof(options))).Value.TimeToLive)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    protected override Task<IReadOnlyDictionary<string, StoredEntry>> ReadRawAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = _timeProvider.GetUtcNow();
        var found = new Dictionary<string, StoredEntry>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (TryGetLive(key, now, out var entry))
                {
                    found[key] = entry.Stored;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoredEntry>>(found);
    }

    /// <inheritdoc />
    protected override Task<bool> TryWriteRawAsync(
        string key, string? expectedETag, string newETag, string json, TimeSpan? timeToLive, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (expectedETag is not null && TryGetLive(key, now, out var current) && current.Stored.ETag != expectedETag)
            {
                return Task.FromResult(false);
            }

            _entries[key] = new Entry(new StoredEntry(json, newETag), now + timeToLive);
            if (timeToLive is { } period && now >= _nextSweep)
            {
                SweepExpired(now);
                _nextSweep = now + period;
            }
        }

        return Task.FromResult(true);
    }

    /// <inheritdoc />
    protected override Task DeleteRawAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _entries.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private bool TryGetLive(string key, DateTimeOffset now, out Entry entry)
    {
        if (!_entries.TryGetValue(key, out entry))
        {
            return false;
        }

        if (entry.IsExpiredAt(now))
        {
            _entries.Remove(key);
            return false;
        }

        return true;
    }

    // Entries that are never read again would otherwise stay for the life of the process.
    private void SweepExpired(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.IsExpiredAt(now))
            {
                _entries.Remove(key);
            }
        }
    }

    private readonly record struct Entry(StoredEntry Stored, DateTimeOffset? ExpiresAt)
    {
        public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt <= now;
    }
}
