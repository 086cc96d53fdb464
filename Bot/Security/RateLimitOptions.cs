using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Security;

/// <summary>Request rate limits of <c>/api/messages</c> and the agent API (section "RateLimits"); the embedded Direct
/// Line keeps its own per-address limits under "DirectLine". Every limit is a fixed one-minute window; 0 turns a limit
/// off. Over a limit the caller gets 429 with <c>Retry-After</c> and a problem body. Unsigned activities from this
/// machine itself (loopback, not forwarded: the Emulator, tests, a load benchmark) are not limited.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "RateLimits";

    /// <summary>Activities accepted per conversation per minute on <c>/api/messages</c> (keyed by channel and
    /// conversation id, signed or not). A person types a few messages a minute; Teams and the Bot Connector add a few
    /// events per message.</summary>
    [Range(0, 1_000_000)]
    public int MessagesPerConversationPerMinute { get; set; } = 120;

    /// <summary>Unsigned activities accepted per client address per minute on <c>/api/messages</c> (only without a
    /// MicrosoftAppId: with one, the Bot Connector's few addresses carry every customer, so signed traffic is limited
    /// per conversation only).</summary>
    [Range(0, 1_000_000)]
    public int UnsignedMessagesPerClientPerMinute { get; set; } = 6000;

    /// <summary>Agent API calls accepted per signed-in agent per minute (the console polls and acts; SignalR is apart).</summary>
    [Range(0, 1_000_000)]
    public int AgentRequestsPerMinute { get; set; } = 600;
}
