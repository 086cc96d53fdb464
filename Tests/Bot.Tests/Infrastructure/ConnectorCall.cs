using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>One call the bot made to the Connector: "create" (a new conversation), "send", "reply" or "update".</summary>
public sealed record ConnectorCall(string Kind, string? ConversationId, string? ActivityId, string Authorization, JObject Body)
{
    /// <summary>The activity's text (for "create", the initial activity's).</summary>
    public string? Text => (string?)(Body["activity"]?["text"] ?? Body["text"]);

    /// <summary>The first attachment's content (an Adaptive Card), if any.</summary>
    public JToken? Card => (Body["activity"] ?? Body)["attachments"]?.FirstOrDefault()?["content"];
}
