namespace SupportBot.Dialogs.Channels;

/// <summary>Which text formatting a channel renders in a message's text.</summary>
public enum MarkupFlavor
{
    /// <summary>None: markdown shows as typed (asterisks, brackets), so it is removed.</summary>
    None,

    /// <summary>Markdown (Web Chat, Direct Line clients, Teams' subset).</summary>
    Markdown,

    /// <summary>Slack's own "mrkdwn": <c>*bold*</c>, <c>_italic_</c>, links as <c>&lt;url|text&gt;</c>.</summary>
    SlackMrkdwn,
}
