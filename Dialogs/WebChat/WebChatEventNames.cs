namespace SupportBot.Dialogs.WebChat;

/// <summary>Names of the events the Web Chat page sends the bot.</summary>
public static class WebChatEventNames
{
    /// <summary>Sent once the page is connected: <c>{ locale, orderId?, customer?, sig? }</c>.</summary>
    public const string Join = "webchat/join";

    /// <summary>Sent by the page's language switch: <c>{ locale }</c>.</summary>
    public const string Language = "webchat/language";
}
