namespace SupportBot.Dialogs.Abstractions;

/// <summary>What an external agent hub reported in a <c>handoff.status</c> event.</summary>
public enum HandoffHubState
{
    /// <summary>The hub took the conversation: an agent is on it.</summary>
    Accepted,

    /// <summary>The hub could not take it: it stays in our own queue.</summary>
    Failed,

    /// <summary>The hub's agent finished: the conversation is back with the bot.</summary>
    Completed,
}
