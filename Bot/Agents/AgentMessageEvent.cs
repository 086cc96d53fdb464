using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Agents;

/// <summary>Payload of the hub's "message" event: a chat line of one escalation.</summary>
/// <param name="EscalationId">The escalation.</param>
/// <param name="Message">The line, as <c>GET /api/agent/escalations/{id}/messages</c> returns it.</param>
public sealed record AgentMessageEvent(string EscalationId, TranscriptEntry Message);
