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

    /// <summary>The customer does not have the order number: told where to find it; a person is offered.</summary>
    NoOrderNumber,

    /// <summary>A chat of several people (a Teams group chat or channel): orders are never looked up there (the customer was told).</summary>
    SharedChat,
}
