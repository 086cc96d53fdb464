namespace SupportBot.Dialogs.Abstractions;

/// <summary>Result of a warranty claim.</summary>
public enum WarrantyStatus
{
    /// <summary>A technical service case was opened.</summary>
    Created,

    /// <summary>The product's warranty has ended.</summary>
    Expired,

    /// <summary>Not delivered yet.</summary>
    NotDelivered,

    /// <summary>The product is not in that order.</summary>
    UnknownProduct,

    /// <summary>A claim for this product is already open.</summary>
    AlreadyOpen,
}
