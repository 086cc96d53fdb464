using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Escalation;

/// <summary>The transcript in Redis, shared by every instance: a list per conversation
/// (<c>&lt;prefix&gt;transcript:&lt;conversation id&gt;</c>) of one JSON line per entry. An append is <c>RPUSH</c>,
/// <c>LTRIM</c> to the last <see cref="ConversationTranscript.MaxLines"/> and <c>EXPIRE</c>, sent as one batch (one round
/// trip; only the push's reply is awaited); a read is one <c>LRANGE</c>.</summary>
public sealed class RedisTranscriptLog(IConnectionMultiplexer redis, IOptions<StateOptions> options) : ITranscriptLog
{
    private readonly string _prefix = (options ?? throw new ArgumentNullException(nameof(options))).Value.KeyPrefix + "transcript:";

    /// <inheritdoc />
    public async Task AppendAsync(string conversationId, IReadOnlyList<TranscriptEntry> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        cancellationToken.ThrowIfCancellationRequested();
        if (lines.Count == 0)
        {
            return;
        }

        var values = new RedisValue[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            values[i] = JsonSerializer.SerializeToUtf8Bytes(lines[i]);
        }

        // The trim and the expiry follow the push on the same connection, so Redis runs them in order; once the push is
        // acknowledged they cannot fail on this key, and nobody waits for their replies.
        var key = Key(conversationId);
        var batch = redis.GetDatabase().CreateBatch();
        var push = batch.ListRightPushAsync(key, values);
        _ = batch.ListTrimAsync(key, -ConversationTranscript.MaxLines, -1, CommandFlags.FireAndForget);
        _ = batch.KeyExpireAsync(key, ConversationTranscript.TimeToLive, flags: CommandFlags.FireAndForget);
        batch.Execute();
        await push.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var values = await redis.GetDatabase().ListRangeAsync(Key(conversationId)).WaitAsync(cancellationToken);
        var lines = new List<TranscriptEntry>(values.Length);
        foreach (var value in values)
        {
            if (!value.IsNullOrEmpty && JsonSerializer.Deserialize<TranscriptEntry>((byte[])value!) is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private RedisKey Key(string conversationId) => _prefix + conversationId;
}
