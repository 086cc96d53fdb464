namespace SupportBot.Bot.Escalation;

/// <summary>Where <see cref="ConversationTranscript"/> keeps the recent lines of each conversation: an append-only log
/// per conversation, capped at <see cref="ConversationTranscript.MaxLines"/> lines, that expires
/// <see cref="ConversationTranscript.TimeToLive"/> after its last append. A turn only appends; the lines are read when an
/// escalation needs them.</summary>
public interface ITranscriptLog
{
    /// <summary>Appends <paramref name="lines"/> (oldest first) to the conversation's log, drops the oldest lines beyond the
    /// cap and restarts its time to live.</summary>
    Task AppendAsync(string conversationId, IReadOnlyList<TranscriptEntry> lines, CancellationToken cancellationToken);

    /// <summary>The conversation's lines, oldest first; empty when there are none (or they expired).</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, CancellationToken cancellationToken);
}
