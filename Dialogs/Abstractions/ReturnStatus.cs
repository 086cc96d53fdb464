namespace SupportBot.Dialogs.Abstractions;

/// <summary>Result of a return request.</summary>
public enum ReturnStatus
{
    /// <summary>Authorised: an RMA number was issued.</summary>
    Created,

    /// <summary>The return window has passed.</summary>
    OutsideWindow,

    /// <summary>Not delivered yet (cancel instead, or wait for delivery).</summary>
    NotDelivered,

    /// <summary>A return for these products is already open or done.</summary>
    AlreadyRequested,

    /// <summary>Not returnable (e.g. unsealed personal-care goods, custom-made goods).</summary>
    NotReturnable,
}
