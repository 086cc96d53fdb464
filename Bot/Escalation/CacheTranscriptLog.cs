using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace SupportBot.Bot.Escalation;

/// <summary>The transcript in the <see cref="IDistributedCache"/> (in memory when no Redis is configured): the whole list
/// of a conversation as one JSON entry with a sliding time to live, read and rewritten on each append. Only used
/// without Redis, where the cache is in the process and a rewrite costs no round trip.</summary>
public sealed class CacheTranscriptLog(IDistributedCache cache) : ITranscriptLog
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { SlidingExpiration = ConversationTranscript.TimeToLive };

    /// <inheritdoc />
    public async Task AppendAsync(string conversationId, IReadOnlyList<TranscriptEntry> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return;
        }

        var all = new List<TranscriptEntry>(await ReadAsync(conversationId, cancellationToken));
        all.AddRange(lines);
        if (all.Count > ConversationTranscript.MaxLines)
        {
            all.RemoveRange(0, all.Count - ConversationTranscript.MaxLines);
        }

        await cache.SetAsync(Key(conversationId), JsonSerializer.SerializeToUtf8Bytes(all), Lifetime, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var json = await cache.GetAsync(Key(conversationId), cancellationToken);
        return json is null ? [] : JsonSerializer.Deserialize<List<TranscriptEntry>>(json) ?? [];
    }

    private static string Key(string conversationId) => "transcript:" + conversationId;
}
