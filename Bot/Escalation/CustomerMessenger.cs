using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.BotFramework;

namespace SupportBot.Bot.Escalation;

/// <summary>Writes to a customer outside their own turn (an agent's message, the follow-up question): continues the
/// stored conversation reference through the adapter, as the Bot Framework requires for proactive messages.</summary>
public sealed class CustomerMessenger(SupportBotAdapter adapter, IConfiguration configuration)
{
    /// <summary>Sends <paramref name="texts"/> to the escalation's conversation, in order. False when the escalation
    /// has no conversation reference to continue.</summary>
    public async Task<bool> SendAsync(EscalationCase escalation, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(texts);
        if (string.IsNullOrEmpty(escalation.ConversationReference)
            || JsonConvert.DeserializeObject<ConversationReference>(escalation.ConversationReference) is not { } reference)
        {
            return false;
        }

        var appId = configuration["MicrosoftAppId"] ?? string.Empty;
        await adapter.ContinueConversationAsync(appId, reference, async (turn, ct) =>
        {
            foreach (var text in texts)
            {
                // Plain text: what an agent types is never sent as markup.
                var message = MessageFactory.Text(text);
                message.TextFormat = TextFormatTypes.Plain;
                await turn.SendActivityAsync(message, ct);
            }
        }, cancellationToken);
        return true;
    }
}
