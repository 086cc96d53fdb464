using Microsoft.Bot.Builder;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Escalation;

/// <summary>Begins the first thing a customer's message turn asks the escalation queue (is an agent live, or is the
/// customer waiting for one, in this conversation?) together with the state read, and hands the answer to
/// <see cref="LiveChatService"/> once. The answer is as fresh as a lookup made at the start of the turn; any later
/// question in the turn goes to the store.</summary>
public sealed class LiveChatReadAhead(IEscalationStore store) : ITurnReadAhead
{
    /// <inheritdoc />
    public void Begin(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = turnContext.Activity.Conversation.Id;
        var lookup = store.FindOpenByConversationAsync(conversationId, cancellationToken);
        // A turn that never asks (a language switch) must not leave a failed lookup unobserved.
        _ = lookup.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        turnContext.TurnState.Set(new Pending(conversationId, lookup));
    }

    /// <summary>The lookup begun for <paramref name="conversationId"/> in this turn, taken (a second call gets null),
    /// or null when none was begun.</summary>
    public static Task<EscalationCase?>? Take(ITurnContext? turnContext, string conversationId)
    {
        if (turnContext?.TurnState.Get<Pending>() is not { } pending)
        {
            return null;
        }

        turnContext.TurnState.Remove(PendingKey);
        return string.Equals(pending.ConversationId, conversationId, StringComparison.Ordinal) ? pending.Lookup : null;
    }

    private static readonly string PendingKey = typeof(Pending).FullName!;

    private sealed record Pending(string ConversationId, Task<EscalationCase?> Lookup);
}
