using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace SupportBot.Bot.DirectLine;

/// <summary>Writes activities into conversation logs the way Web Chat needs them: a server id, a server
/// <c>timestamp</c> (ISO-8601 UTC), <c>channelId</c> "webchat", no <c>serviceUrl</c>, and no <c>replyToId</c> that
/// points outside the log (Web Chat holds such an activity back for 5 s waiting for it; the SDK puts a random one
/// on proactive sends).</summary>
public sealed class DirectLineLog(IDirectLineStore store, TimeProvider clock, IOptions<DirectLineOptions> options)
{
    /// <summary>The Bot Framework channel id of the embedded channel's activities.</summary>
    public const string ChannelId = "webchat";

    /// <summary>The store behind the log.</summary>
    public IDirectLineStore Store => store;

    /// <summary>The bot's account on the channel.</summary>
    public ChannelAccount Bot => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    /// <summary>Serialises an activity the Bot Framework way (Newtonsoft, nulls left out).</summary>
    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, HttpHelper.BotMessageSerializerSettings);

    /// <summary>Now, for timestamps.</summary>
    public DateTimeOffset Now() => clock.GetUtcNow();

    /// <summary>Appends an activity the bot sent (a reply or a send): gives it an id and a timestamp, fills what
    /// the bot left out (its own account, the conversation), drops a <c>replyToId</c> that is not in the log.
    /// Returns the new id, or null when the conversation does not exist.</summary>
    public async Task<string?> AppendFromBotAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = await store.NewActivityIdAsync(conversationId, cancellationToken);
        if (id is null)
        {
            return null;
        }

        activity.Id = id;
        activity.Timestamp = Now();
        await NormaliseFromBotAsync(conversationId, activity, cancellationToken);
        var (status, _) = await store.AppendAsync(conversationId, id, Serialize(activity), replace: false, cancellationToken);
        return status == AppendStatus.Appended ? id : null;
    }

    /// <summary>Replaces an activity with the bot's update (kept timestamp, new watermark so clients get it again).</summary>
    public async Task<AppendStatus> UpdateFromBotAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var existing = await store.FindAsync(conversationId, activityId, cancellationToken);
        if (existing is null)
        {
            return await store.GetAsync(conversationId, cancellationToken) is null ? AppendStatus.NoConversation : AppendStatus.NoActivity;
        }

        var previous = JsonConvert.DeserializeObject<Activity>(existing.Json, HttpHelper.BotMessageSerializerSettings);
        activity.Id = activityId;
        activity.Timestamp = previous?.Timestamp ?? Now();
        activity.ReplyToId ??= previous?.ReplyToId;
        await NormaliseFromBotAsync(conversationId, activity, cancellationToken);
        var (status, _) = await store.AppendAsync(conversationId, activityId, Serialize(activity), replace: true, cancellationToken);
        return status;
    }

    /// <summary>Appends the echo of what a client posted (already shaped by <see cref="ClientActivities"/>).</summary>
    public async Task<AppendStatus> AppendEchoAsync(string conversationId, Activity echo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(echo);
        var (status, _) = await store.AppendAsync(conversationId, echo.Id, Serialize(echo), replace: false, cancellationToken);
        return status;
    }

    /// <summary>Whether <paramref name="activityId"/> is in the conversation's log.</summary>
    public async Task<bool> ContainsAsync(string conversationId, string? activityId, CancellationToken cancellationToken)
        => !string.IsNullOrEmpty(activityId) && activityId.Length <= 256
           && await store.FindAsync(conversationId, activityId, cancellationToken) is not null;

    private async Task NormaliseFromBotAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = null;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From ??= Bot;
        activity.From.Role ??= RoleTypes.Bot;
        if (!await ContainsAsync(conversationId, activity.ReplyToId, cancellationToken))
        {
            activity.ReplyToId = null;
        }
    }
}
