using Microsoft.Bot.Schema;

namespace SupportBot.Bot.BotFramework;

/// <summary>The fields the adapter and the bot rely on, checked before a turn starts so that a malformed
/// activity is a 400 with a reason instead of an exception deep inside the SDK.</summary>
public static class IncomingActivityValidator
{
    private const int MaxIdLength = 512;
    private const int MaxServiceUrlLength = 2048;

    /// <summary>Null when the activity can be processed; otherwise what is wrong with it.</summary>
    public static string? Validate(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no 'from.id'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
        {
            return "The activity has no 'recipient.id'.";
        }

        // Channels' service URLs are plain ASCII; anything else cannot even become a request's Host header.
        if (activity.ServiceUrl is not { Length: <= MaxServiceUrlLength } || !activity.ServiceUrl.All(char.IsAscii)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps) || serviceUrl.UserInfo.Length > 0)
        {
            return "The activity's 'serviceUrl' must be an absolute http(s) URL in ASCII, without user information.";
        }

        if (activity.Conversation.Id.Length > MaxIdLength || activity.From.Id.Length > MaxIdLength
            || activity.ChannelId.Length > MaxIdLength)
        {
            return "An id in the activity is too long.";
        }

        // The SDK compares every member's id with the recipient's without checking for null entries.
        if (activity.MembersAdded?.Any(m => m?.Id is null) == true || activity.MembersRemoved?.Any(m => m?.Id is null) == true)
        {
            return "Every entry of 'membersAdded' and 'membersRemoved' needs an 'id'.";
        }

        // The SDK's Teams invoke handlers dereference the value without checking it (a NullReferenceException in the turn).
        if (activity.Type == ActivityTypes.Invoke && activity.Value is null)
        {
            return "An invoke activity needs a 'value'.";
        }

        // The connector names the conversation in a request header (x-ms-conversation-id): printable ASCII only.
        if (!activity.Conversation.Id.All(c => c is >= ' ' and <= '~'))
        {
            return "The activity's 'conversation.id' must be printable ASCII.";
        }

        return null;
    }
}
