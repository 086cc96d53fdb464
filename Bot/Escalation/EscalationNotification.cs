namespace SupportBot.Bot.Escalation;

/// <summary>An event of the retention queue, for the console (SignalR), Teams and any other listener.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Escalation">The escalation as it now stands.</param>
/// <param name="Message">The chat line, for <see cref="EscalationNotificationKind.Message"/>.</param>
public sealed record EscalationNotification(EscalationNotificationKind Kind, EscalationCase Escalation, TranscriptEntry? Message = null);
