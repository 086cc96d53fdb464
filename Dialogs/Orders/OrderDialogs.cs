using SupportBot.Dialogs.AfterSale;

namespace SupportBot.Dialogs.Orders;

/// <summary>Which order self-service dialog answers which intent.</summary>
public static class OrderDialogs
{
    /// <summary>The dialog id for <paramref name="intent"/>, or null when it is not an order action.</summary>
    public static string? For(CustomerIntent intent) => intent switch
    {
        CustomerIntent.OrderStatus => OrderStatusDialog.DialogId,
        CustomerIntent.Return => ReturnDialog.DialogId,
        CustomerIntent.Warranty => WarrantyDialog.DialogId,
        CustomerIntent.Invoice => InvoiceDialog.DialogId,
        _ => null,
    };

    /// <summary>True when <paramref name="dialogId"/> is one of the order self-service dialogs.</summary>
    public static bool IsOrderDialog(string? dialogId)
        => dialogId is OrderStatusDialog.DialogId or ReturnDialog.DialogId or WarrantyDialog.DialogId or InvoiceDialog.DialogId;
}
