using System.Security.Cryptography;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.DirectLine;

/// <summary>What the Direct Line API does, apart from HTTP: creates conversations, starts them (the bot gets its
/// <c>conversationUpdate</c> with the bot and the user added, so it greets first), logs what clients post (the
/// echo Web Chat waits for) and queues the bot's turn.</summary>
public sealed partial class DirectLineConversations(DirectLineLog log, DirectLineTurns turns, ILogger<DirectLineConversations> logger)
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>The outcome of a post.</summary>
    public enum PostStatus
    {
        /// <summary>Logged (messages and events) and queued for the bot.</summary>
        Accepted,

        /// <summary>The conversation no longer exists.</summary>
        NoConversation,

        /// <summary>Too many activities are waiting for the bot in this conversation.</summary>
        Busy,
    }

    /// <summary>A fresh, unguessable conversation id (24 letters and digits).</summary>
    public static string NewConversationId() => RandomNumberGenerator.GetString(IdAlphabet, 24);

    /// <summary>A fresh user id for a caller that named none: "dl_" and 20 letters and digits.</summary>
    public static string NewUserId() => "dl_" + RandomNumberGenerator.GetString(IdAlphabet, 20);

    /// <summary>Creates a conversation for the user; null when the store is full.</summary>
    public async Task<DirectLineConversation?> CreateAsync(string userId, string? userName, string? locale, CancellationToken cancellationToken)
    {
        var conversation = new DirectLineConversation(NewConversationId(), userId, userName, locale, log.Now());
        if (!await log.Store.CreateAsync(conversation, cancellationToken))
        {
            LogStoreFull();
            return null;
        }

        return conversation;
    }

    /// <summary>Starts the conversation once: the first call queues the bot's <c>conversationUpdate</c>
    /// (membersAdded: bot, user); later calls do nothing. True when this call started it.</summary>
    public async Task<bool> StartAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (!await log.Store.TryStartAsync(conversation.Id, cancellationToken))
        {
            return false;
        }

        var bot = log.Bot;
        var user = new ChannelAccount(conversation.UserId, conversation.UserName, RoleTypes.User);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversation.Id + "|start",
            Timestamp = log.Now(),
            ChannelId = DirectLineLog.ChannelId,
            ServiceUrl = EmbeddedConnector.ServiceUrl.ToString(),
            Conversation = new ConversationAccount(id: conversation.Id),
            From = user,
            Recipient = bot,
            Locale = conversation.Locale,
            MembersAdded = [bot, user],
        };
        if (!turns.TryEnqueue(update))
        {
            LogStartNotQueued(conversation.Id);
        }

        return true;
    }

    /// <summary>Logs what a client posted and queues the bot's turn. Typing is passed to the bot but not logged.
    /// <paramref name="user"/> is who the caller speaks for (the token's user).</summary>
    public async Task<(PostStatus Status, string? Id)> PostAsync(
        DirectLineConversation conversation, Activity posted, ChannelAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(posted);
        if (!turns.HasRoom(conversation.Id))
        {
            LogBusy(conversation.Id);
            return (PostStatus.Busy, null);
        }

        await StartAsync(conversation, cancellationToken);
        var id = await log.Store.NewActivityIdAsync(conversation.Id, cancellationToken);
        if (id is null)
        {
            return (PostStatus.NoConversation, null);
        }

        var replyToId = await log.ContainsAsync(conversation.Id, posted.ReplyToId, cancellationToken) ? posted.ReplyToId : null;
        var activity = ClientActivities.Shape(posted, id, log.Now(), user, log.Bot, conversation.Id, replyToId);
        if (activity.Type != ActivityTypes.Typing
            && await log.AppendEchoAsync(conversation.Id, activity, cancellationToken) != AppendStatus.Appended)
        {
            return (PostStatus.NoConversation, null);
        }

        activity.ServiceUrl = EmbeddedConnector.ServiceUrl.ToString();
        if (!turns.TryEnqueue(activity))
        {
            LogBusy(conversation.Id);
            return (PostStatus.Busy, id);
        }

        return (PostStatus.Accepted, id);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Direct Line store is full: no new conversation until some expire (DirectLine:MaxConversations)")]
    private partial void LogStoreFull();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not queue the start of Direct Line conversation {ConversationId}")]
    private partial void LogStartNotQueued(string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line conversation {ConversationId} has too many activities waiting for the bot")]
    private partial void LogBusy(string conversationId);
}
