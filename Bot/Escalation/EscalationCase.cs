using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>One escalation to the retention team: what the bot knew when it asked for a person, where it stands
/// and how it ended. Updated only through <see cref="IEscalationStore.TryReplaceAsync"/> (optimistic concurrency).</summary>
public sealed class EscalationCase
{
    /// <summary>Escalation id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>What the bot asked for: customer, channel, conversation, language, order, scores, comment,
    /// sentiment and the policy's reasons and priority.</summary>
    public EscalationRequest Request { get; set; } = null!;

    /// <summary>How to reach the customer's conversation again (a serialized Bot Framework conversation reference),
    /// refreshed with every customer message; null when escalated outside a turn.</summary>
    public string? ConversationReference { get; set; }

    /// <summary>Short bot-written summary for the agent.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>The conversation before the escalation (PII-redacted).</summary>
    public List<TranscriptEntry> History { get; set; } = [];

    /// <summary>Where it stands.</summary>
    public EscalationStatus Status { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an agent should have claimed it by, from its priority.</summary>
    public DateTimeOffset SlaDueAt { get; set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The agent who claimed it.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When it was claimed.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>When it was closed (resolved, expired or cancelled).</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>How it ended, once resolved.</summary>
    public EscalationOutcome? Outcome { get; set; }

    /// <summary>The agent's closing note.</summary>
    public string? AgentNote { get; set; }

    /// <summary>The customer's answer to "did we solve your problem?" (1–5) after the agent left.</summary>
    public int? FollowUpScore { get; set; }

    /// <summary>Set when the agent closed a case the customer was talking in: the bot asked the follow-up question and
    /// waits for the answer.</summary>
    public bool FollowUpPending { get; set; }

    /// <summary>When the customer left the live chat ("salir" / "exit").</summary>
    public DateTimeOffset? CustomerLeftAt { get; set; }

    /// <summary>When the bot offered a callback because nobody claimed it in time.</summary>
    public DateTimeOffset? CallbackOfferedAt { get; set; }

    /// <summary>The callback the customer asked for, if any.</summary>
    public CallbackRequest? Callback { get; set; }

    /// <summary>Set when it went past its SLA unclaimed and a supervisor was alerted.</summary>
    public DateTimeOffset? SlaBreachedAt { get; set; }

    /// <summary>The escalation's thread in the agents' Teams channel (a serialized Bot Framework conversation
    /// reference), once its card was posted there; null when Teams is off or the post failed.</summary>
    public string? TeamsThreadReference { get; set; }

    /// <summary>The id of the escalation's card in <see cref="TeamsThreadReference"/>, to update it in place.</summary>
    public string? TeamsCardActivityId { get; set; }

    /// <summary>Concurrency version, set by the store.</summary>
    public long Version { get; set; }

    /// <summary>Whether it still involves the conversation: not closed, or closed with the follow-up answer pending.</summary>
    public bool IsOpen => Status is EscalationStatus.Waiting or EscalationStatus.Claimed or EscalationStatus.Live or EscalationStatus.CallbackRequested
        || (Status == EscalationStatus.Resolved && FollowUpPending);
}
