using System.Collections.Frozen;

namespace SupportBot.Dialogs.Channels;

/// <summary>The capability profile of every channel the bot is offered on, by channel id, and a conservative default for
/// any other. Figures and where they come from:
/// <list type="bullet">
/// <item>Suggested actions: Bot Framework SDK <c>Microsoft.Bot.Builder.Dialogs.Choices.Channel.SupportsSuggestedActions</c>
/// (Facebook ≤ 10, Telegram / Web Chat / Direct Line / Emulator ≤ 100, every other channel none — Slack and SMS among
/// them); Teams shows at most 3 (already the bot's Teams rule); WhatsApp interactive reply buttons ≤ 3.</item>
/// <item>Card buttons: the same SDK class, <c>SupportsCardActions</c> (Facebook and Teams ≤ 3, Slack / Web Chat / Direct
/// Line ≤ 100); Slack's own Block Kit allows 25 elements in an actions block.</item>
/// <item>Text length: Telegram <c>sendMessage</c> "1-4096 characters after entities parsing"; Messenger Send API text
/// 2000 characters; Twilio Messages <c>Body</c> "up to 1,600 characters" (error 21617 beyond); Slack truncates
/// <c>chat.postMessage</c> text beyond 40,000 characters and advises 4,000; WhatsApp text 4096; Teams refuses messages
/// over about 28 KB.</item>
/// <item>Proactive: Messenger and WhatsApp only within 24 hours of the customer's last message (standard messaging /
/// customer service window; later needs message tags or approved templates, which this bot does not send); a Telegram
/// bot can only write to users who started it; Teams, Slack and SMS can be written to with a stored reference.</item>
/// </list></summary>
public static class ChannelProfiles
{
    /// <summary>Channel id used by WhatsApp connectors (Infobip, Twilio-type) when they present themselves as a channel.</summary>
    public const string WhatsApp = "whatsapp";

    private static readonly TimeSpan MessengerWindow = TimeSpan.FromHours(24);

    /// <summary>Web Chat: everything the Bot Framework can show.</summary>
    public static ChannelCapabilities WebChat { get; } = Rich(Microsoft.Bot.Connector.Channels.Webchat, "Web Chat", "💬");

    /// <summary>Direct Line: the shop's own page or app over Direct Line (Web Chat or a custom client).</summary>
    public static ChannelCapabilities DirectLine { get; } = Rich(Microsoft.Bot.Connector.Channels.Directline, "Direct Line", "🌐");

    /// <summary>The Bot Framework Emulator (a developer's machine).</summary>
    public static ChannelCapabilities Emulator { get; } = Rich(Microsoft.Bot.Connector.Channels.Emulator, "Emulator", "🧪");

    /// <summary>Microsoft Teams (personal and group chats).</summary>
    public static ChannelCapabilities Teams { get; } = new()
    {
        ChannelId = Microsoft.Bot.Connector.Channels.Msteams,
        DisplayName = "Microsoft Teams",
        Badge = "👥",
        MaxSuggestedActions = 3,
        HeroCards = true,
        MaxCardButtons = 3,
        AdaptiveCards = true,
        Markup = MarkupFlavor.Markdown,
        MaxTextLength = 28_000,
        Typing = true,
        UpdateAndDelete = true,
        FileLinks = true,
        Proactive = ProactiveRule.Anytime,
    };

    /// <summary>Slack (a Slack app; messages in direct messages with the bot).</summary>
    public static ChannelCapabilities Slack { get; } = new()
    {
        ChannelId = Microsoft.Bot.Connector.Channels.Slack,
        DisplayName = "Slack",
        Badge = "#️⃣",
        HeroCards = true,
        MaxCardButtons = 25,
        Markup = MarkupFlavor.SlackMrkdwn,
        MaxTextLength = 4_000,
        UpdateAndDelete = true,
        FileLinks = true,
        Proactive = ProactiveRule.Anytime,
    };

    /// <summary>Telegram (a bot from BotFather).</summary>
    public static ChannelCapabilities Telegram { get; } = new()
    {
        ChannelId = Microsoft.Bot.Connector.Channels.Telegram,
        DisplayName = "Telegram",
        Badge = "✈️",
        MaxSuggestedActions = 100,
        HeroCards = true,
        MaxCardButtons = 100,
        MaxTextLength = 4_096,
        Typing = true,
        UpdateAndDelete = true,
        FileLinks = true,
        Proactive = ProactiveRule.AfterCustomerWrote,
    };

    /// <summary>Facebook Messenger (a Facebook page and app).</summary>
    public static ChannelCapabilities Facebook { get; } = new()
    {
        ChannelId = Microsoft.Bot.Connector.Channels.Facebook,
        DisplayName = "Facebook Messenger",
        Badge = "📘",
        MaxSuggestedActions = 10,
        // Quick replies: "up to 20 characters before being truncated" (Messenger Platform, quick replies).
        MaxButtonTitleLength = 20,
        HeroCards = true,
        MaxCardButtons = 3,
        MaxTextLength = 2_000,
        Typing = true,
        FileLinks = true,
        Proactive = ProactiveRule.WithinReplyWindow,
        ReplyWindow = MessengerWindow,
    };

    /// <summary>SMS through Twilio: text only.</summary>
    public static ChannelCapabilities Sms { get; } = new()
    {
        ChannelId = Microsoft.Bot.Connector.Channels.Sms,
        DisplayName = "SMS",
        Badge = "📱",
        MaxTextLength = 1_600,
        Proactive = ProactiveRule.Anytime,
        // Twilio's default opt-out keywords; the carrier stops delivery on its own when a customer sends one.
        OptOutKeywords = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"],
    };

    /// <summary>WhatsApp through a connector (Infobip, Twilio-type): three reply buttons at most, no cards, 24-hour window.</summary>
    public static ChannelCapabilities WhatsAppProfile { get; } = new()
    {
        ChannelId = WhatsApp,
        DisplayName = "WhatsApp",
        Badge = "🟢",
        MaxSuggestedActions = 3,
        MaxButtonTitleLength = 20,
        MaxTextLength = 4_096,
        FileLinks = true,
        Proactive = ProactiveRule.WithinReplyWindow,
        ReplyWindow = MessengerWindow,
        OptOutKeywords = ["STOP", "BAJA"],
    };

    private static readonly FrozenDictionary<string, ChannelCapabilities> Known =
        new[] { WebChat, DirectLine, Emulator, Teams, Slack, Telegram, Facebook, Sms, WhatsAppProfile }
            .ToFrozenDictionary(p => p.ChannelId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every known profile.</summary>
    public static IReadOnlyCollection<ChannelCapabilities> All => Known.Values;

    /// <summary>The profile of <paramref name="channelId"/>, or <see cref="Default"/> for a channel the bot does not know.</summary>
    public static ChannelCapabilities For(string? channelId)
        => channelId is not null && Known.TryGetValue(channelId, out var profile) ? profile : Default with { ChannelId = channelId ?? string.Empty, DisplayName = channelId ?? "?" };

    /// <summary>An unknown channel: text only, within an SMS-sized message, never written to first.</summary>
    public static ChannelCapabilities Default { get; } = new()
    {
        ChannelId = string.Empty,
        DisplayName = "?",
        Badge = "❔",
        MaxTextLength = 1_600,
        Proactive = ProactiveRule.Never,
    };

    private static ChannelCapabilities Rich(string channelId, string name, string badge) => new()
    {
        ChannelId = channelId,
        DisplayName = name,
        Badge = badge,
        MaxSuggestedActions = 100,
        HeroCards = true,
        MaxCardButtons = 100,
        AdaptiveCards = true,
        Markup = MarkupFlavor.Markdown,
        Typing = true,
        UpdateAndDelete = true,
        InlineFiles = true,
        FileLinks = true,
        Proactive = ProactiveRule.AfterCustomerWrote,
    };
}
