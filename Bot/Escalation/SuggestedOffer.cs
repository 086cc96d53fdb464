namespace SupportBot.Bot.Escalation;

/// <summary>An offer suggested for one escalation, as the agent sees it.</summary>
/// <param name="Id">Offer id.</param>
/// <param name="Title">Title in the customer's language.</param>
/// <param name="DiscountPercent">Discount in percent (0 when not a discount).</param>
/// <param name="WithinAgentLimit">False when the discount is above what this agent may give: a supervisor must approve.</param>
public sealed record SuggestedOffer(string Id, string Title, int DiscountPercent, bool WithinAgentLimit);
