namespace SupportBot.Bot.Escalation;

/// <summary>Where an escalation stands. Persisted by name.</summary>
public enum EscalationStatus
{
    /// <summary>In the queue, nobody has it yet.</summary>
    Waiting,

    /// <summary>An agent took it and is reading the context.</summary>
    Claimed,

    /// <summary>The agent is talking to the customer; the bot relays.</summary>
    Live,

    /// <summary>Closed by an agent with an outcome.</summary>
    Resolved,

    /// <summary>Nobody could take it in time (or out of hours): the customer asked to be called back.</summary>
    CallbackRequested,

    /// <summary>Nobody took it and the customer did not ask for a callback.</summary>
    Expired,

    /// <summary>The customer withdrew it.</summary>
    Cancelled,
}
