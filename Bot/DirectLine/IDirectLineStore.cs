namespace SupportBot.Bot.DirectLine;

/// <summary>Conversations of the embedded channel and their activity logs: in memory (one instance) or in Redis
/// (shared by every instance, with a pub/sub signal so a stream on one instance hears appends made on another).
/// Logs are bounded (<see cref="DirectLineOptions.MaxActivitiesPerConversation"/>, oldest dropped) and expire
/// <see cref="DirectLineOptions.ConversationLifetime"/> after their last append.</summary>
public interface IDirectLineStore
{
    /// <summary>Stores a new conversation. False when the store is full.</summary>
    Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>The conversation, or null when it does not exist (or expired).</summary>
    Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Marks the conversation started: true only for the first caller (who sends the bot its
    /// <c>conversationUpdate</c>), false afterwards or when the conversation does not exist.</summary>
    Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>A new activity id for the conversation (<c>{conversationId}|0000001</c>, …), or null when the
    /// conversation does not exist.</summary>
    Task<string?> NewActivityIdAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends an activity (with <paramref name="replace"/>, replaces the one with the same id, which must
    /// exist, and moves it to the end with a new watermark) and signals the conversation's subscribers.</summary>
    Task<(AppendStatus Status, long Watermark)> AppendAsync(string conversationId, string activityId, string json, bool replace, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> activities with a watermark above <paramref name="after"/>, in order.</summary>
    Task<IReadOnlyList<LoggedActivity>> ReadAsync(string conversationId, long after, int max, CancellationToken cancellationToken);

    /// <summary>The logged activity with that id, or null.</summary>
    Task<LoggedActivity?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Removes an activity from the log; false when it was not there.</summary>
    Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="appended"/> (on any thread, possibly more than once per append) whenever an
    /// activity is appended to the conversation, on this instance or another, until the result is disposed.</summary>
    IDisposable Subscribe(string conversationId, Action appended);
}
