using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Caching.Distributed;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Teams;

namespace SupportBot.Bot.Escalation;

/// <summary>Keeps the recent lines of every conversation (PII-redacted, each capped) so an
/// escalation carries what was said before it. Adapter middleware; the lines live in the distributed cache (Redis when
/// configured, so every instance sees them) for a day, at most <see cref="MaxLines"/> per conversation.</summary>
public sealed partial class ConversationTranscript(IDistributedCache cache, TimeProvider time, ILogger<ConversationTranscript> logger)
    : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>Lines kept per conversation.</summary>
    public const int MaxLines = 50;

    /// <summary>Longest line kept (characters); longer lines are cut.</summary>
    public const int MaxLineLength = 1000;

    private static readonly DistributedCacheEntryOptions Lifetime = new() { SlidingExpiration = TimeSpan.FromDays(1) };

    /// <summary>The recent lines of a conversation, oldest first.</summary>
    public async Task<IReadOnlyList<TranscriptEntry>> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var json = await cache.GetStringAsync(Key(conversationId), cancellationToken);
        return json is null ? [] : JsonSerializer.Deserialize<List<TranscriptEntry>>(json) ?? [];
    }

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

        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            lines.AddRange(activities
                .Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(a.Text))
                .Select(a => new TranscriptEntry(time.GetUtcNow(), TranscriptSender.Bot, Clean(a.Text))));
            return await nextSend();
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
            var all = (await GetAsync(conversationId, cancellationToken)).Concat(lines).TakeLast(MaxLines).ToList();
            await cache.SetStringAsync(Key(conversationId), JsonSerializer.Serialize(all), Lifetime, cancellationToken);
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

    private static string Key(string conversationId) => "transcript:" + conversationId;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep the transcript of conversation {ConversationId}")]
    private partial void LogAppendFailed(Exception exception, string conversationId);
}
