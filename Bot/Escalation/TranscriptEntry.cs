namespace SupportBot.Bot.Escalation;

/// <summary>One line of an escalation's conversation (customer text PII-redacted).</summary>
/// <param name="At">When it was written.</param>
/// <param name="Sender">Who wrote it.</param>
/// <param name="Text">What was written; plain text, never HTML.</param>
/// <param name="AgentId">The agent, for agent lines.</param>
public sealed record TranscriptEntry(DateTimeOffset At, TranscriptSender Sender, string Text, string? AgentId = null)
{
    /// <summary>Position in the escalation's live chat, assigned by the store (0 for history captured before it).</summary>
    public long Sequence { get; init; }
}
