namespace SupportBot.Bot.DirectLine;

/// <summary>What became of an append to a conversation's log.</summary>
public enum AppendStatus
{
    /// <summary>Appended (or, for a replacement, moved to the end with its new content).</summary>
    Appended,

    /// <summary>The conversation does not exist (never did, or expired).</summary>
    NoConversation,

    /// <summary>A replacement for an activity that is not in the log.</summary>
    NoActivity,
}
