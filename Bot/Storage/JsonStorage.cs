using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Storage;

/// <summary>The part of bot state storage every backend shares: items are kept as JSON written by
/// <see cref="StateSerializer"/> (so only allow-listed types get in or out) with an ETag per key, and the Bot
/// Framework's optimistic concurrency rules are applied here, once. A backend supplies three primitive
/// operations on raw JSON; the conditional write must be atomic.</summary>
/// <remarks>
/// <para>Reads return fresh objects (a copy of what is stored), without the keys that do not exist. The stored ETag
/// is put in <see cref="IStoreItem.ETag"/>, or in the <see cref="ETagEntry"/> entry of a dictionary or <c>JObject</c>
/// (that is how a <c>BotState</c> dictionary carries its ETag through a turn).</para>
/// <para>A write's expected ETag is read the same way. <see langword="null"/> or <c>"*"</c> writes unconditionally;
/// any other value writes only if the stored ETag is still that value or the key no longer exists, and otherwise
/// throws <see cref="StorageConflictException"/>. After a successful write the new ETag is put back into the written
/// object, so the same object can be saved again in the same turn. The <see cref="ETagEntry"/> entry is never part
/// of the stored JSON; any other <c>IDictionary&lt;string, object&gt;</c> is stored as a
/// <c>Dictionary&lt;string, object&gt;</c>.</para>
/// <para>A <see langword="null"/> value in a write deletes that key. Every value of a write is serialised before
/// anything is stored, so a type that is not allowed fails the write as a whole; the keys are then written one by
/// one, and the first conflict stops the write (earlier keys stay written).</para>
/// </remarks>
public abstract class JsonStorage : IStorage
{
    /// <summary>The dictionary (or <c>JObject</c>) entry that carries the ETag, as the Bot Framework names it.</summary>
    public const string ETagEntry = "eTag";

    private const string AnyETag = "*";

    // Entries read ahead for the current turn (StateReadAhead), by key; an entry without a value was absent. Flows with
    // the turn's execution context only, and each entry is used once.
    private readonly AsyncLocal<ConcurrentDictionary<string, StoredEntry?>?> _readAhead = new();

    private readonly StateSerializer _serializer;
    private readonly TimeSpan? _timeToLive;

    /// <summary>Creates the storage.</summary>
    /// <param name="serializer">The serializer with the allow-list of persisted types.</param>
    /// <param name="timeToLive">How long an item lives after each write; <see langword="null"/> for ever.</param>
    protected JsonStorage(StateSerializer serializer, TimeSpan? timeToLive)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        if (timeToLive <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), timeToLive, "The time to live must be positive.");
        }

        _serializer = serializer;
        _timeToLive = timeToLive;
    }

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, entry) in await ReadEntriesAsync(DistinctKeys(keys), cancellationToken))
        {
            items[key] = ToItem(entry);
        }

        return items;
    }

    /// <summary>One key's item and the JSON it is stored as (both null when it does not exist), taking a read-ahead
    /// entry like <see cref="ReadAsync"/>: what <see cref="StoredJsonTracking"/> tells changes by.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<(object? Item, string? Json)> ReadWithJsonAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return (await ReadEntriesAsync([key], cancellationToken)).TryGetValue(key, out var entry)
            ? (ToItem(entry), entry.Json)
            : (null, null);
    }

    /// <summary>The stored entries of <paramref name="distinctKeys"/>: the first read of a key in a turn takes its
    /// read-ahead entry (absent ones included), the rest are read from the store in one go.</summary>
    private async Task<Dictionary<string, StoredEntry>> ReadEntriesAsync(List<string> distinctKeys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredEntry>(StringComparer.Ordinal);
        if (_readAhead.Value is { } readAhead)
        {
            for (var i = distinctKeys.Count - 1; i >= 0; i--)
            {
                if (readAhead.TryRemove(distinctKeys[i], out var early))
                {
                    if (early is { } entry)
                    {
                        found[distinctKeys[i]] = entry;
                    }

                    distinctKeys.RemoveAt(i);
                }
            }
        }

        if (distinctKeys.Count > 0)
        {
            foreach (var (key, entry) in await ReadRawAsync(distinctKeys, cancellationToken))
            {
                found[key] = entry;
            }
        }

        return found;
    }

    /// <summary>The JSON <paramref name="value"/> would be stored as (without its ETag).</summary>
    /// <exception cref="Newtonsoft.Json.JsonSerializationException">The value contains a type that is not allowed.</exception>
    public string ToStoredJson(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _serializer.Serialize(WithoutETag(value));
    }

    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/> as <paramref name="json"/> (from
    /// <see cref="ToStoredJson"/>), by the same ETag rules as <see cref="WriteAsync"/>, without serialising it again.</summary>
    /// <exception cref="StorageConflictException">The value's ETag no longer matches the stored one.</exception>
    public Task WriteJsonAsync(string key, object value, string json, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(json);
        return WriteOneAsync(new PendingWrite(key, value, ExpectedETag(value), json), cancellationToken);
    }

    /// <summary>Reads <paramref name="keys"/> in one go (one round trip to a remote store) for
    /// <see cref="UseReadAhead"/>.</summary>
    /// <param name="keys">The keys a turn is about to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Each key's entry, or null where the key does not exist.</returns>
    public async Task<IReadOnlyDictionary<string, StoredEntry?>> ReadAheadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var distinctKeys = DistinctKeys([.. keys]);
        var stored = distinctKeys.Count == 0
            ? new Dictionary<string, StoredEntry>()
            : await ReadRawAsync(distinctKeys, cancellationToken);
        var entries = new Dictionary<string, StoredEntry?>(StringComparer.Ordinal);
        foreach (var key in distinctKeys)
        {
            entries[key] = stored.TryGetValue(key, out var entry) ? entry : null;
        }

        return entries;
    }

    /// <summary>Keeps <paramref name="entries"/> (from <see cref="ReadAheadAsync"/>) for the rest of the caller's flow,
    /// or forgets them (null): there, the first <see cref="ReadAsync"/> of each key takes its entry instead of reading
    /// the store again, and later reads go to the store. A write or delete of a key drops its entry. Entries are as
    /// fresh as a read at the moment they were read; ETags still guard every write.</summary>
    /// <param name="entries">The entries, or null to stop.</param>
    public void UseReadAhead(IReadOnlyDictionary<string, StoredEntry?>? entries)
        => _readAhead.Value = entries is null ? null : new ConcurrentDictionary<string, StoredEntry?>(entries, StringComparer.Ordinal);

    private object ToItem(StoredEntry entry)
    {
        var item = _serializer.Deserialize(entry.Json);
        SetETag(item, entry.ETag);
        return item;
    }

    /// <inheritdoc />
    /// <remarks>A <see langword="null"/> value deletes its key.</remarks>
    /// <exception cref="StorageConflictException">An item's ETag no longer matches the stored one.</exception>
    /// <exception cref="Newtonsoft.Json.JsonSerializationException">A value contains a type that is not allowed.</exception>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var writes = new List<PendingWrite>(changes.Count);
        foreach (var (key, value) in changes)
        {
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(changes));
            writes.Add(value is null
                ? new PendingWrite(key, null, null, null)
                : new PendingWrite(key, value, ExpectedETag(value), _serializer.Serialize(WithoutETag(value))));
        }

        foreach (var write in writes)
        {
            await WriteOneAsync(write, cancellationToken);
        }
    }

    private async Task WriteOneAsync(PendingWrite write, CancellationToken cancellationToken)
    {
        _readAhead.Value?.TryRemove(write.Key, out _);
        if (write.Value is null)
        {
            await DeleteRawAsync([write.Key], cancellationToken);
            return;
        }

        var newETag = Guid.NewGuid().ToString("N");
        if (!await TryWriteRawAsync(write.Key, write.ExpectedETag, newETag, write.Json!, _timeToLive, cancellationToken))
        {
            throw StorageConflictException.ForKey(write.Key);
        }

        SetETag(write.Value, newETag);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var distinctKeys = DistinctKeys(keys);
        foreach (var key in distinctKeys)
        {
            _readAhead.Value?.TryRemove(key, out _);
        }

        return distinctKeys.Count == 0 ? Task.CompletedTask : DeleteRawAsync(distinctKeys, cancellationToken);
    }

    /// <summary>Reads the stored entries of <paramref name="keys"/> (distinct, non-empty); keys that do not exist
    /// (or have expired) are left out of the result.</summary>
    protected abstract Task<IReadOnlyDictionary<string, StoredEntry>> ReadRawAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Atomically stores <paramref name="json"/> under <paramref name="key"/> with <paramref name="newETag"/>,
    /// unless <paramref name="expectedETag"/> is set, the key exists, and its stored ETag differs.</summary>
    /// <param name="key">The key.</param>
    /// <param name="expectedETag">The ETag the writer read, or <see langword="null"/> to write unconditionally.</param>
    /// <param name="newETag">The ETag to store with the new value.</param>
    /// <param name="json">The value.</param>
    /// <param name="timeToLive">When set, the entry expires this long after the write; otherwise it never expires.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="false"/> when the write was refused because of the ETag.</returns>
    protected abstract Task<bool> TryWriteRawAsync(
        string key, string? expectedETag, string newETag, string json, TimeSpan? timeToLive, CancellationToken cancellationToken);

    /// <summary>Deletes <paramref name="keys"/> (distinct, non-empty); keys that do not exist are ignored.</summary>
    protected abstract Task DeleteRawAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    private static List<string> DistinctKeys(string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(keys));
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    private static string? ExpectedETag(object value)
    {
        var etag = value switch
        {
            IStoreItem item => item.ETag,
            IDictionary<string, object> dictionary => dictionary.TryGetValue(ETagEntry, out var entry) ? entry as string : null,
            JObject json => json.TryGetValue(ETagEntry, StringComparison.Ordinal, out var entry) && entry.Type == JTokenType.String
                ? entry.Value<string>()
                : null,
            _ => null,
        };
        return etag == AnyETag ? null : etag;
    }

    // Copies rather than removes, so the caller keeps every entry of its object.
    private static object WithoutETag(object value) => value switch
    {
        IStoreItem => value,
        IDictionary<string, object> dictionary => dictionary
            .Where(entry => entry.Key != ETagEntry)
            .ToDictionary(StringComparer.Ordinal),
        JObject json when json.ContainsKey(ETagEntry) => CloneWithoutETag(json),
        _ => value,
    };

    private static JObject CloneWithoutETag(JObject json)
    {
        var copy = (JObject)json.DeepClone();
        copy.Remove(ETagEntry);
        return copy;
    }

    private static void SetETag(object value, string etag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = etag;
                break;
            case IDictionary<string, object> { IsReadOnly: false } dictionary:
                dictionary[ETagEntry] = etag;
                break;
            case JObject json:
                json[ETagEntry] = etag;
                break;
        }
    }

    private readonly record struct PendingWrite(string Key, object? Value, string? ExpectedETag, string? Json);
}
