namespace SupportBot.Dialogs.Orders;

/// <summary>How order self-service guards orders against guessing.</summary>
/// <param name="MaxIdentityFailures">Wrong identity answers for one order in one conversation before that order is locked there.</param>
/// <param name="LockoutDuration">How long an order stays locked in that conversation.</param>
public sealed record OrderSelfServiceSettings(int MaxIdentityFailures, TimeSpan LockoutDuration)
{
    /// <summary>How long an order proved in a conversation stays open there without asking the proof again.</summary>
    public TimeSpan VerifiedDuration { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Three tries, then thirty minutes; a proof counts for thirty minutes.</summary>
    public static OrderSelfServiceSettings Default { get; } = new(3, TimeSpan.FromMinutes(30));
}
