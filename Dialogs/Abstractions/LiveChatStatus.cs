namespace SupportBot.Dialogs.Abstractions;

/// <summary>Whether a person is in the conversation.</summary>
public enum LiveChatStatus
{
    /// <summary>No person: the bot answers.</summary>
    None,

    /// <summary>An agent is talking to the customer: the bot only relays.</summary>
    Live,

    /// <summary>The agent closed the case and the bot asked "did we solve your problem?" (1–5).</summary>
    AwaitingFollowUp,
}
