using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Dialogs.Main;

/// <summary>The allow-list of types that may be stored in bot state, with stable names (a class may be
/// renamed, its stored name may not).</summary>
public static class PersistedStateTypes
{
    /// <summary>Stable name → type.</summary>
    public static IReadOnlyDictionary<string, Type> All { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["sb.dialogStack"] = typeof(DialogStackState),
        ["sb.dialogFrame"] = typeof(DialogFrame),
        ["sb.userProfile"] = typeof(UserProfile),
        ["sb.orderIdentityLedger"] = typeof(OrderIdentityLedger),
        ["sb.orderIdentityAttempts"] = typeof(OrderIdentityAttempts),
        ["sb.verifiedOrder"] = typeof(VerifiedOrder),
        ["sb.orderDetails"] = typeof(OrderDetails),
        ["sb.orderLine"] = typeof(OrderLine),
        ["sb.shipment"] = typeof(Shipment),
    };
}
