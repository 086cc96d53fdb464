namespace SupportBot.Bot.Escalation;

/// <summary>Durable escalations. Every implementation passes the same contract tests; changes are compare-and-set on
/// <see cref="EscalationCase.Version"/>, so two agents claiming at once cannot both win.</summary>
public interface IEscalationStore
{
    /// <summary>Stores a new escalation (its version becomes 1). Throws if the id exists.</summary>
    Task AddAsync(EscalationCase escalation, CancellationToken cancellationToken);

    /// <summary>The escalation, or null.</summary>
    Task<EscalationCase?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces the escalation if its stored version is still <paramref name="expectedVersion"/>; on success the
    /// stored and the given object's version become <paramref name="expectedVersion"/> + 1. False if someone changed it first.</summary>
    Task<bool> TryReplaceAsync(EscalationCase escalation, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Every open escalation (waiting, claimed, live, callback requested).</summary>
    Task<IReadOnlyList<EscalationCase>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>The open escalations created at or before <paramref name="createdAtOrBefore"/>, oldest first: what the
    /// <see cref="EscalationMonitor"/> watches, since nothing is due on an escalation younger than the shortest SLA or
    /// timeout. Stores answer from an index, so a pass costs what may be due, not the length of the queue.</summary>
    Task<IReadOnlyList<EscalationCase>> ListOpenCreatedUntilAsync(DateTimeOffset createdAtOrBefore, CancellationToken cancellationToken);

    /// <summary>Every escalation created in [<paramref name="startInclusive"/>, <paramref name="endExclusive"/>) (by <see cref="EscalationCase.CreatedAt"/>),
    /// open or closed, oldest first: what reports read. Stores answer from an index on the creation time.</summary>
    Task<IReadOnlyList<EscalationCase>> ListCreatedBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken);

    /// <summary>The open escalation of a conversation, if any.</summary>
    Task<EscalationCase?> FindOpenByConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends a line to the escalation's live chat; returns it with its sequence number (increasing).</summary>
    Task<TranscriptEntry> AppendMessageAsync(string id, TranscriptEntry entry, CancellationToken cancellationToken);

    /// <summary>The live chat lines after <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<TranscriptEntry>> GetMessagesAsync(string id, long afterSequence, CancellationToken cancellationToken);

    /// <summary>The 1-based place of a waiting escalation in the queue (<see cref="QueueOrder"/>), or null when it is not
    /// waiting. A store that keeps the queue sorted answers without reading every open case.</summary>
    async Task<int?> WaitingPositionAsync(string id, CancellationToken cancellationToken)
        => QueueOrder.WaitingPosition(await ListOpenAsync(cancellationToken), id);
}
