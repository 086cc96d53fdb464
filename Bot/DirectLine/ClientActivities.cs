using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Http;

namespace SupportBot.Bot.DirectLine;

/// <summary>Turns what a Direct Line client posted into the activity the channel logs and the bot receives.
/// Only what a client may say is copied (type, text, locale, an event's name and value, channelData with Web
/// Chat's <c>clientActivityID</c>, entities, …); the channel sets the rest — id, timestamp, channelId,
/// conversation, sender (the token's user), recipient (the bot) — so a client can neither pose as another user
/// nor ask for <c>expectReplies</c>, an invoke, or a conversationUpdate.</summary>
public static partial class ClientActivities
{
    private static readonly HashSet<string> AllowedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing,
    };

    /// <summary>Reads a posted body; the activity, or why it is not acceptable (a 400's detail).</summary>
    public static (Activity? Activity, string? Error) Parse(byte[] body, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (activity, error) = ActivityJson.Parse(body, maxDepth);
        if (activity is null)
        {
            return (null, error);
        }

        if (activity.Type is null || !AllowedTypes.Contains(activity.Type))
        {
            return (null, "The activity's 'type' must be \"message\", \"event\" or \"typing\".");
        }

        if (activity.Attachments is { Count: > 0 })
        {
            return (null, "Attachments are not supported by this Direct Line channel.");
        }

        if (activity.Type == ActivityTypes.Event && (string.IsNullOrWhiteSpace(activity.Name) || activity.Name.Length > 256))
        {
            return (null, "An event activity needs a 'name' of at most 256 characters.");
        }

        return (activity, null);
    }

    /// <summary>The activity as logged and as the bot receives it (without <c>serviceUrl</c>; the caller adds it
    /// for the bot's copy). <paramref name="replyToId"/> is the client's, already checked against the log.</summary>
    public static Activity Shape(Activity posted, string id, DateTimeOffset timestamp, ChannelAccount user, ChannelAccount bot, string conversationId, string? replyToId)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return new Activity
        {
            Type = posted.Type,
            Id = id,
            Timestamp = timestamp,
            LocalTimestamp = posted.LocalTimestamp,
            LocalTimezone = Bounded(posted.LocalTimezone, 64),
            ChannelId = DirectLineLog.ChannelId,
            Conversation = new ConversationAccount(id: conversationId),
            From = user,
            Recipient = bot,
            Text = posted.Text,
            TextFormat = posted.TextFormat is TextFormatTypes.Plain or TextFormatTypes.Markdown or TextFormatTypes.Xml ? posted.TextFormat : null,
            Locale = ValidLocale(posted.Locale),
            Name = posted.Type == ActivityTypes.Event ? posted.Name : null,
            Value = posted.Value,
            ValueType = Bounded(posted.ValueType, 256),
            ChannelData = posted.ChannelData,
            Entities = posted.Entities,
            ReplyToId = replyToId,
        };
    }

    /// <summary>A BCP-47-looking locale (e.g. "es-ES"), or null.</summary>
    public static string? ValidLocale(string? locale)
        => locale is { Length: <= 35 } && LocalePattern().IsMatch(locale) ? locale : null;

    /// <summary>A display name cut to a sane length, or null.</summary>
    public static string? DisplayName(string? name)
        => string.IsNullOrWhiteSpace(name) ? null : Bounded(name.Trim(), 100);

    private static string? Bounded(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalePattern();
}
