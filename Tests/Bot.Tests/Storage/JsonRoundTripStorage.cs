using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>A deliberately naive reference storage: a dictionary under a lock, no expiry, with the production
/// serializer and ETag rules from <see cref="JsonStorage"/>. The contract suite runs against it too, so a test that
/// only passes for one backend shows up.</summary>
public sealed class JsonRoundTripStorage() : JsonStorage(TestStateTypes.Serializer, timeToLive: null)
{
    private readonly Dictionary<string, StoredEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Writes that reached the dictionary (refused conditional writes are not counted).</summary>
    public int Writes { get; private set; }

    protected override Task<IReadOnlyDictionary<string, StoredEntry>> ReadRawAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyDictionary<string, StoredEntry> found = keys
                .Where(_entries.ContainsKey)
                .ToDictionary(key => key, key => _entries[key], StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    protected override Task<bool> TryWriteRawAsync(
        string key, string? expectedETag, string newETag, string json, TimeSpan? timeToLive, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (expectedETag is not null && _entries.TryGetValue(key, out var current) && current.ETag != expectedETag)
            {
                return Task.FromResult(false);
            }

            _entries[key] = new StoredEntry(json, newETag);
            Writes++;
            return Task.FromResult(true);
        }
    }

    protected override Task DeleteRawAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _entries.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
