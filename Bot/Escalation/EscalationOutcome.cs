namespace SupportBot.Bot.Escalation;

/// <summary>How a resolved escalation ended. Persisted by name.</summary>
public enum EscalationOutcome
{
    /// <summary>The customer stays, without compensation.</summary>
    Retained,

    /// <summary>Money back.</summary>
    Refund,

    /// <summary>A replacement product.</summary>
    Replacement,

    /// <summary>A discount on this or a future purchase.</summary>
    Discount,

    /// <summary>The customer left anyway.</summary>
    Lost,

    /// <summary>The customer never answered.</summary>
    NoResponse,
}
