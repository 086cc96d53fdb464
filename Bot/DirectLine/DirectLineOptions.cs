using System.ComponentModel.DataAnnotations;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.DirectLine;

/// <summary>The embedded Direct Line 3.0 channel (section "DirectLine"): what Web Chat talks to when the bot runs
/// without Azure. In production with Azure Bot Service, point Web Chat at Azure's Direct Line instead and set
/// <see cref="Enabled"/> to false; the bot code is the same.</summary>
public sealed class DirectLineOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>Whether <c>/v3/directline</c> is served at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The Direct Line secret: signs the tokens and is accepted as <c>Authorization: Bearer &lt;secret&gt;</c>
    /// by <c>tokens/generate</c> and <c>conversations</c> (server-to-server, like Azure's). At least 32 characters.
    /// Empty: a random secret per process (development only: tokens die with the process and one instance does not
    /// accept another's), with a warning at start-up.</summary>
    public string? Secret { get; set; }

    /// <summary>Whether <c>tokens/generate</c> answers callers without the secret (the built-in Web Chat page).
    /// Default true; such callers are rate limited per client address and may only name users starting with "dl_".</summary>
    public bool AllowAnonymous { get; set; } = true;

    /// <summary>Where conversations and their activities are kept: Memory or Redis. Empty (the default) follows
    /// <c>State:Provider</c>. Redis lets several instances serve the same conversation (and its stream).</summary>
    public StateProvider? Store { get; set; }

    /// <summary>Lifetime of a conversation token. Web Chat refreshes it every 15 minutes, so at least 20 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a <c>streamUrl</c> can be used to open the WebSocket (an open stream stays open).</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A conversation and its activities are forgotten this long after their last activity.</summary>
    public TimeSpan ConversationLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Most activities kept per conversation; the oldest go first.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Most conversations the memory store keeps at once (Redis is bounded by expiry only).</summary>
    [Range(10, 10_000_000)]
    public int MaxConversations { get; set; } = 20_000;

    /// <summary>Largest activity a client may post, in bytes.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>Deepest JSON nesting accepted in a posted activity.</summary>
    [Range(8, 128)]
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>Token requests (generate, refresh) accepted per client address per minute.</summary>
    [Range(1, 100_000)]
    public int TokenRequestsPerMinute { get; set; } = 30;

    /// <summary>Activities (and conversation starts) accepted per client address per minute.</summary>
    [Range(1, 1_000_000)]
    public int PostsPerMinute { get; set; } = 300;

    /// <summary>Customer activities waiting for the bot in one conversation before posts are refused (429).</summary>
    [Range(1, 10_000)]
    public int MaxPendingTurns { get; set; } = 32;

    /// <summary>How often an idle stream gets an empty keep-alive frame.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The public origin clients reach the bot at (e.g. <c>https://chat.example.com</c>), used to build
    /// <c>streamUrl</c> behind a TLS-terminating proxy. Empty: the request's own scheme and host.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The bot's account on this channel (the activities' recipient / sender).</summary>
    [Required]
    [StringLength(128, MinimumLength = 1)]
    public string BotId { get; set; } = "supportbot";

    /// <summary>The bot's display name on this channel.</summary>
    [Required]
    [StringLength(128, MinimumLength = 1)]
    public string BotName { get; set; } = "SupportBot";
}
