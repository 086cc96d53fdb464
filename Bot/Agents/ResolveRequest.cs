namespace SupportBot.Bot.Agents;

/// <summary>Body of a resolve call.</summary>
/// <param name="Outcome">retained, refund, replacement, discount, lost or no-response.</param>
/// <param name="Note">The agent's note (optional, at most 2,000 characters).</param>
/// <param name="DiscountPercent">With the discount outcome, the discount given (0–100): above the agent's own limit only a
/// supervisor may resolve so.</param>
public sealed record ResolveRequest(string? Outcome, string? Note, int? DiscountPercent = null);
