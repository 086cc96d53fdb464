namespace SupportBot.Dialogs.Channels;

/// <summary>What a messaging channel can show and when the bot may write first: the one description the renderer
/// (<see cref="ActivityRenderer"/>) and the proactive rules read, instead of channel-id checks in dialogs. The profiles
/// are in <see cref="ChannelProfiles"/>.</summary>
public sealed record ChannelCapabilities
{
    /// <summary>The Bot Framework channel id (<c>activity.channelId</c>).</summary>
    public required string ChannelId { get; init; }

    /// <summary>The name agents see ("SMS", "Telegram").</summary>
    public required string DisplayName { get; init; }

    /// <summary>A short badge shown next to the name (an emoji: no downloaded assets).</summary>
    public required string Badge { get; init; }

    /// <summary>Most suggested actions (quick replies) the channel shows under a message; 0 when it shows none.</summary>
    public int MaxSuggestedActions { get; init; }

    /// <summary>Longest button title shown whole (characters); a longer one makes the options a numbered list instead.</summary>
    public int MaxButtonTitleLength { get; init; } = int.MaxValue;

    /// <summary>Whether hero cards (title, text, buttons) are shown as cards.</summary>
    public bool HeroCards { get; init; }

    /// <summary>Most buttons a hero card may carry on this channel.</summary>
    public int MaxCardButtons { get; init; }

    /// <summary>Whether Adaptive Cards are shown.</summary>
    public bool AdaptiveCards { get; init; }

    /// <summary>Which formatting the channel renders in a message's text.</summary>
    public MarkupFlavor Markup { get; init; }

    /// <summary>Longest text of one message (characters); longer texts are split at paragraph and sentence ends.</summary>
    public int MaxTextLength { get; init; } = int.MaxValue;

    /// <summary>Whether a typing indicator is shown (otherwise typing activities are not sent).</summary>
    public bool Typing { get; init; }

    /// <summary>Whether a sent message can be updated or deleted (otherwise an update is sent as a new message).</summary>
    public bool UpdateAndDelete { get; init; }

    /// <summary>Whether a file can travel inside the message (a <c>data:</c> URI); otherwise only links.</summary>
    public bool InlineFiles { get; init; }

    /// <summary>Whether files by link are shown as files (otherwise the link is written in the text).</summary>
    public bool FileLinks { get; init; }

    /// <summary>When the bot may write first.</summary>
    public ProactiveRule Proactive { get; init; } = ProactiveRule.Never;

    /// <summary>How long after the customer's last message the bot may still write (for
    /// <see cref="ProactiveRule.WithinReplyWindow"/>).</summary>
    public TimeSpan ReplyWindow { get; init; } = TimeSpan.Zero;

    /// <summary>Whole-message keywords the channel (or its carrier) treats as "stop messaging me"; the bot honours them
    /// as the survey opt-out on every channel, these are the ones to tell customers about here.</summary>
    public IReadOnlyList<string> OptOutKeywords { get; init; } = [];

    /// <summary>Whether the channel shows suggested actions at all.</summary>
    public bool SuggestedActions => MaxSuggestedActions > 0;

    /// <summary>Whether the bot may start or re-open the conversation now (a proactive survey invitation): the
    /// channel's rule applied to when the customer last wrote (null: never, as far as the bot knows).</summary>
    public bool AllowsProactive(DateTimeOffset? lastCustomerMessageAt, DateTimeOffset now) => Proactive switch
    {
        ProactiveRule.Anytime => true,
        ProactiveRule.AfterCustomerWrote => lastCustomerMessageAt is not null,
        ProactiveRule.WithinReplyWindow => lastCustomerMessageAt is { } last && now - last < ReplyWindow && last <= now,
        _ => false,
    };
}
