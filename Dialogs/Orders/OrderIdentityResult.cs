using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Dialogs.Orders;

/// <summary>What <see cref="OrderIdentityDialog"/> hands its parent (for one turn; never persisted).</summary>
/// <param name="Outcome">How the check ended.</param>
/// <param name="Order">The verified order, when <paramref name="Outcome"/> is <see cref="OrderIdentityOutcome.Verified"/>.</param>
public sealed record OrderIdentityResult(OrderIdentityOutcome Outcome, OrderDetails? Order = null);
