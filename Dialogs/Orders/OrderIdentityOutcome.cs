namespace SupportBot.Dialogs.Orders;

/// <summary>How an identity check ended.</summary>
public enum OrderIdentityOutcome
{
    /// <summary>The order is the customer's: its data may be shown.</summary>
    Verified,

    /// <summary>Too many wrong answers: the order is locked in this conversation (the customer was told).</summary>
    Locked,

    /// <summary>The order system could not answer (the customer was told).</summary>
    Unavailable,

    /// <summary>The customer gave no usable answer (the customer was told).</summary>
    GaveUp,
}
