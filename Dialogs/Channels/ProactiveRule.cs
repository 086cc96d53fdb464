namespace SupportBot.Dialogs.Channels;

/// <summary>When a channel lets the bot write first (a survey invitation, a reminder) rather than answer.</summary>
public enum ProactiveRule
{
    /// <summary>Any time the bot holds the conversation (Teams, Slack, SMS with the customer's consent).</summary>
    Anytime,

    /// <summary>Only in a conversation the customer opened at some point (Telegram: a bot cannot message a user who never
    /// started it; Web Chat: there is nobody to reach before the page opened a conversation).</summary>
    AfterCustomerWrote,

    /// <summary>Only within a window after the customer's last message (Facebook Messenger, WhatsApp: 24 hours).</summary>
    WithinReplyWindow,

    /// <summary>Never (an unknown channel: the conservative choice).</summary>
    Never,
}
