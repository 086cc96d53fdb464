using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Teams;

/// <summary>Where a Microsoft Teams activity comes from (<c>conversation.conversationType</c>): a personal chat with
/// the bot, a group chat the bot was added to, or a team's channel (the agents' side, never the customer bot's). In a
/// group chat the bot answers only what is addressed to it: a message that @mentions it, or a press on one of its
/// card buttons.</summary>
public static class TeamsScope
{
    /// <summary><c>conversationType</c> of a one-to-one chat.</summary>
    public const string Personal = "personal";

    /// <summary><c>conversationType</c> of a group chat.</summary>
    public const string GroupChat = "groupChat";

    /// <summary><c>conversationType</c> of a team's channel.</summary>
    public const string Channel = "channel";

    /// <summary>Whether the activity comes from Microsoft Teams.</summary>
    public static bool IsTeams(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.Ordinal);
    }

    /// <summary>Whether the activity comes from a Teams group chat (a chat of several people, not a team's channel).</summary>
    public static bool IsGroupChat(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return IsTeams(activity)
               && (string.Equals(activity.Conversation?.ConversationType, GroupChat, StringComparison.Ordinal)
                   || (activity.Conversation?.ConversationType is null && activity.Conversation?.IsGroup == true));
    }

    /// <summary>Whether the activity comes from a Teams personal (one-to-one) chat.</summary>
    public static bool IsPersonal(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return IsTeams(activity) && !IsGroupChat(activity)
               && !string.Equals(activity.Conversation?.ConversationType, Channel, StringComparison.Ordinal);
    }

    /// <summary>Whether the message @mentions the bot (Teams lists mentions as entities).</summary>
    public static bool MentionsBot(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity is IMessageActivity message && BotMentions(message).Any();
    }

    /// <summary>Whether the bot should answer this message: always outside Teams group chats; in a group chat only when it
    /// @mentions the bot or is a press on a card button.</summary>
    public static bool IsAddressedToBot(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return !IsGroupChat(activity) || MentionsBot(activity) || CardSubmit.IsSubmit(activity);
    }

    /// <summary>The activity's Teams channel data, or null when it has none or a shape that is not Teams' (channel data
    /// is whatever JSON the sender put there: a number, a string or wrong-typed fields mean no Teams data, not a failed
    /// turn — the SDK's own <c>GetChannelData</c> throws on them).</summary>
    public static TeamsChannelData? ChannelDataOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not JObject)
        {
            return null;
        }

        try
        {
            return activity.GetChannelData<TeamsChannelData>();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The mentions of the bot (the activity's recipient) in a message.</summary>
    internal static IEnumerable<Mention> BotMentions(IMessageActivity message)
    {
        var botId = message.Recipient?.Id;
        return string.IsNullOrEmpty(botId)
            ? []
            // A mention built in memory is a Mention already; one read from JSON is a plain Entity to convert.
            : (message.Entities ?? [])
                .Where(e => string.Equals(e.Type, "mention", StringComparison.Ordinal))
                .Select(e => e as Mention ?? e.GetAs<Mention>())
                .Where(m => string.Equals(m.Mentioned?.Id, botId, StringComparison.Ordinal) && !string.IsNullOrEmpty(m.Text));
    }
}
