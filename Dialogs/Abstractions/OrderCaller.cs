namespace SupportBot.Dialogs.Abstractions;

/// <summary>Who is asking for a self-service action: recorded with every action so agents see it in the escalation context.</summary>
/// <param name="CustomerId">Channel-scoped customer id (<c>CustomerIdentity.Of</c>).</param>
/// <param name="ConversationId">The conversation the request came from.</param>
public sealed record OrderCaller(string CustomerId, string ConversationId);
