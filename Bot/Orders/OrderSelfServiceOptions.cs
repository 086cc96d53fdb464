using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Orders;

/// <summary>How order self-service protects orders against guessing (section "OrderSelfService").</summary>
public sealed class OrderSelfServiceOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "OrderSelfService";

    /// <summary>Wrong identity answers (unknown order or wrong email / postal code) for one order in one conversation
    /// before that order is locked there.</summary>
    [Range(1, 20, ErrorMessage = "OrderSelfService:MaxIdentityFailures must be between 1 and 20.")]
    public int MaxIdentityFailures { get; set; } = 3;

    /// <summary>How long the order stays locked in that conversation.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "OrderSelfService:LockoutDuration must be between 00:01:00 and 7.00:00:00.")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long an order the customer proved is theirs stays open in that conversation without asking the
    /// email or postal code again (a second action on it).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "OrderSelfService:VerifiedDuration must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan VerifiedDuration { get; set; } = TimeSpan.FromMinutes(30);
}
