using Microsoft.Bot.Schema;

namespace SupportBot.Bot.BotFramework;

/// <summary>The fields the adapter and the bot rely on, checked before a turn starts so that a malformed
/// activity is a 400 with a reason instead of an exception deep inside the SDK.</summary>
public static class IncomingActivityValidator
{
    private const int MaxIdLength = 512;

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

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity's 'serviceUrl' must be an absolute http(s) URL.";
        }

        if (activity.Conversation.Id.Length > MaxIdLength || activity.From.Id.Length > MaxIdLength
            || activity.ChannelId.Length > MaxIdLength)
        {
            return "An id in the activity is too long.";
        }

        return null;
    }
}
