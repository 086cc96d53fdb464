using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Insights;

/// <summary>Escalations that had one reason (a case with two reasons counts under both).</summary>
/// <param name="Reason">The policy's reason code.</param>
/// <param name="Count">Escalations with it.</param>
public sealed record ReasonCount(EscalationReason Reason, int Count);
