namespace SupportBot.Dialogs.Abstractions;

/// <summary>Whether a person is in the conversation.</summary>
public enum LiveChatStatus
{
    /// <summary>No person: the bot answers.</summary>
    None,

    /// <summary>The request for a person is queued (or a callback is booked): the bot answers, and "cancel request" withdraws it.</summary>
    Waiting,

    /// <summary>Nobody claimed the request in time and the bot offered a callback: a phone or e-mail in the reply books it.</summary>
    CallbackOffered,

    /// <summary>An agent is talking to the customer: the bot only relays.</summary>
    Live,

    /// <summary>The agent closed the case and the bot asked "did we solve your problem?" (1–5).</summary>
    AwaitingFollowUp,
}
