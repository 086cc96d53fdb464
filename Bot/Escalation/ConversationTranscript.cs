using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Teams;

namespace SupportBot.Bot.Escalation;

/// <summary>Keeps the recent lines of every conversation (PII-redacted, each capped) so an
/// escalation carries what was said before it. Adapter middleware; the lines live in an <see cref="ITranscriptLog"/> (a
/// Redis list when Redis is configured, so every instance sees them) for <see cref="TimeToLive"/> after the last line, at
/// most <see cref="MaxLines"/> per conversation. A turn's lines are appended once, when the turn ends; nothing is read
/// unless an escalation asks for them.</summary>
public sealed partial class ConversationTranscript(ITranscriptLog log, TimeProvider time, ILogger<ConversationTranscript> logger)
    : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>Lines kept per conversation.</summary>
    public const int MaxLines = 50;

    /// <summary>Longest line kept (characters); longer lines are cut.</summary>
    public const int MaxLineLength = 1000;

    /// <summary>How long the lines of a conversation are kept after its last line.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromDays(1);

    /// <summary>The recent lines of a conversation, oldest first.</summary>
    public Task<IReadOnlyList<TranscriptEntry>> GetAsync(string conversationId, CancellationToken cancellationToken)
        => log.ReadAsync(conversationId, cancellationToken);

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            await next(cancellationToken);
            return;
        }

        var lines = new List<TranscriptEntry>();
        // The customer's words as the dialogs read them: without the bot's @mention, or a card button's answer; a Teams
        // group chat's talk that is not addressed to the bot is not the customer's line.
        if (turnContext.Activity.Type == ActivityTypes.Message && TeamsScope.IsAddressedToBot(turnContext.Activity)
            && IncomingText.Of(turnContext.Activity) is { Length: > 0 } said)
        {
            lines.Add(new TranscriptEntry(time.GetUtcNow(), TranscriptSender.Customer, Clean(said)));
        }

        turnContext.OnSendActivities((context, activities, nextSend) =>
        {
            foreach (var activity in activities)
            {
                if (activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
                {
                    lines.Add(new TranscriptEntry(time.GetUtcNow(), TranscriptSender.Bot, Clean(activity.Text)));
                }
            }

            return nextSend();
        });

        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await AppendAsync(conversationId, lines, cancellationToken);
        }
    }

    private async Task AppendAsync(string conversationId, List<TranscriptEntry> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return;
        }

        try
        {
            await log.AppendAsync(conversationId, lines, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The transcript is context for agents, never a reason to fail the customer's turn.
            LogAppendFailed(e, conversationId);
        }
    }

    /// <summary>A line as the transcript keeps it: PII-redacted (the bot may repeat a contact the customer gave) and
    /// capped at <see cref="MaxLineLength"/>.</summary>
    public static string Clean(string text)
    {
        var redacted = PiiRedactor.Redact(text);
        return redacted.Length <= MaxLineLength ? redacted : string.Concat(redacted.AsSpan(0, MaxLineLength), "…");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep the transcript of conversation {ConversationId}")]
    private partial void LogAppendFailed(Exception exception, string conversationId);
}
