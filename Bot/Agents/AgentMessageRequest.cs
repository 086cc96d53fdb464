namespace SupportBot.Bot.Agents;

/// <summary>Body of an agent's message to the customer.</summary>
/// <param name="Text">Plain text, 1–2,000 characters.</param>
public sealed record AgentMessageRequest(string? Text);
