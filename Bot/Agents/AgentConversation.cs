using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Agents;

/// <summary>The agent's side of a live conversation: the first message takes the case live and introduces the agent
/// to the customer; every message is stored and relayed; closing hands the conversation back to the bot, which asks
/// the follow-up question.</summary>
public sealed partial class AgentConversation(
    EscalationService escalations, CustomerMessenger messenger, TimeProvider time, ILogger<AgentConversation> logger)
{
    /// <summary>Sends an agent's message to the customer; stored in the escalation's chat first, so nothing said is lost.</summary>
    public async Task<(EscalationChange Change, TranscriptEntry? Entry)> SendAsync(
        string id, string agentId, string agentName, string text, CancellationToken cancellationToken)
    {
        var before = await escalations.Store.GetAsync(id, cancellationToken);
        var change = await escalations.GoLiveAsync(id, agentId, cancellationToken);
        if (!change.Succeeded)
        {
            return (change, null);
        }

        var escalation = change.Escalation!;
        var entry = await escalations.AppendMessageAsync(change.Escalation!, new TranscriptEntry(time.GetUtcNow(), TranscriptSender.Agent, text, agentId), cancellationToken);
        var texts = Texts.For(escalation.Request.Language);
        var outgoing = new List<string>();
        if (before?.Status != EscalationStatus.Live)
        {
            outgoing.Add(texts.AgentJoined(agentName));
        }

        outgoing.Add(texts.AgentSays(agentName, text));
        await DeliverAsync(escalation, outgoing, cancellationToken);
        return (change, entry);
    }

    /// <summary>Closes the case; if the agent talked to the customer, the bot comes back with the follow-up question.</summary>
    public async Task<EscalationChange> ResolveAsync(string id, string agentId, EscalationOutcome outcome, string? note, CancellationToken cancellationToken)
    {
        var before = await escalations.Store.GetAsync(id, cancellationToken);
        var change = await escalations.ResolveAsync(id, agentId, outcome, note, cancellationToken);
        if (!change.Succeeded || before?.Status != EscalationStatus.Live || before.CustomerLeftAt is not null)
        {
            return change;
        }

        var asked = await escalations.MarkFollowUpAskedAsync(id, cancellationToken);
        if (asked.Succeeded)
        {
            await DeliverAsync(asked.Escalation!, [Texts.For(asked.Escalation!.Request.Language).FollowUpQuestion], cancellationToken);
            return asked;
        }

        return change;
    }

    private async Task DeliverAsync(EscalationCase escalation, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        try
        {
            if (!await messenger.SendAsync(escalation, texts, cancellationToken))
            {
                LogNoReference(escalation.Id);
            }
        }
        catch (Exception e) when (e is HttpRequestException or Microsoft.Rest.RestException or TimeoutException
                                   or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Stored already: the console shows it, and the customer's channel can be retried; the call still succeeds.
            LogDeliveryFailed(e, escalation.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation {EscalationId} has no conversation reference: the message is stored but not delivered")]
    private partial void LogNoReference(string escalationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not deliver a message of escalation {EscalationId} to the customer")]
    private partial void LogDeliveryFailed(Exception exception, string escalationId);
}
