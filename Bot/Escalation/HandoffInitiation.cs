using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Escalation;

/// <summary>Builds the Bot Framework handoff protocol's <c>handoff.initiate</c> event for an external agent hub: the
/// escalation's context (id, summary, reasons, priority, language, scores) and the transcript so far.</summary>
public static class HandoffInitiation
{
    /// <summary>The event for <paramref name="escalation"/>, addressed from the current turn.</summary>
    public static IEventActivity Create(ITurnContext turnContext, EscalationCase escalation)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(escalation);
        var request = escalation.Request;
        var context = new
        {
            escalationId = escalation.Id,
            summary = escalation.Summary,
            priority = request.Decision.Priority.ToString(),
            reasons = request.Decision.Reasons.Select(r => r.ToString()).ToArray(),
            language = request.Language.ToString(),
            request.Csat,
            request.Nps,
            request.OrderId,
            slaDueAt = escalation.SlaDueAt,
        };
        var user = turnContext.Activity.From;
        var bot = turnContext.Activity.Recipient;
        var lines = escalation.History.Select(line => new Activity
        {
            Type = ActivityTypes.Message,
            Text = line.Text,
            Timestamp = line.At,
            From = line.Sender == TranscriptSender.Customer ? user : bot,
            Recipient = line.Sender == TranscriptSender.Customer ? bot : user,
        }).ToList();
        return EventFactory.CreateHandoffInitiation(turnContext, context, new Transcript(lines));
    }
}
