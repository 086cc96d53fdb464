using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.BotFramework;
using SupportBot.Dialogs.Channels;
using SupportBot.Dialogs.Invitations;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Invitations;

/// <summary>Writes an invitation to the customer's stored conversation, through the adapter as every proactive message
/// (the embedded Direct Line's connector puts it in the web chat's stream; Teams gets it through its Connector). The
/// adapter's channel rendering fits the buttons to the channel; references are only kept for one-to-one chats.</summary>
public sealed class InvitationSender(SupportBotAdapter adapter, IConfiguration configuration)
{
    /// <summary>Sends the invitation (or reminder) for <paramref name="orderId"/>; false when the stored reference
    /// cannot be read. A channel that refuses it throws (<see cref="ErrorResponseException"/>, <see cref="HttpRequestException"/>).</summary>
    public async Task<bool> SendAsync(CustomerReference customer, string orderId, Language language, bool reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (JsonConvert.DeserializeObject<ConversationReference>(customer.Reference) is not { Conversation: not null } reference)
        {
            return false;
        }

        // A turn the bot starts: a failed send comes back here from the adapter, so the scheduler tries again or gives up.
        await adapter.ContinueConversationAsync(configuration["MicrosoftAppId"] ?? string.Empty, reference, async (turn, ct) =>
        {
            var message = (Activity)InvitationMessage.Create(orderId, language, reminder);
            if (ChannelProfiles.For(turn.Activity.ChannelId).OptOutKeywords.Count > 0)
            {
                // Phones: say the one word that stops surveys, as carriers and messaging apps expect.
                message.Text += "\n\n" + ChannelTexts.For(language).StopHint;
            }

            await turn.SendActivityAsync(message, ct);
        }, cancellationToken);
        return true;
    }
}
