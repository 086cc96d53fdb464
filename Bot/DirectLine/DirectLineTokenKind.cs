namespace SupportBot.Bot.DirectLine;

/// <summary>What a Direct Line token lets its holder do.</summary>
public enum DirectLineTokenKind
{
    /// <summary>Talk in one conversation: post, read, refresh, reconnect (the <c>token</c> of the REST API).</summary>
    Conversation,

    /// <summary>Open the WebSocket stream of one conversation (the <c>t</c> of a <c>streamUrl</c>), briefly.</summary>
    Stream,
}
