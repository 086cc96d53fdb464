using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Orders;

/// <summary>"¿Dónde está mi pedido?": after the identity check, where the order stands, its carrier and dates, and a
/// button to the carrier's tracking page.</summary>
public sealed class OrderStatusDialog : OrderActionDialog
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "orders.status";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<OrderActionState>> Steps => [IdentifyAsync, ShowAsync];

    private static async Task<DialogTurnResult> ShowAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!TryGetVerified(step, out var order))
        {
            return await EndUnverifiedAsync(step, cancellationToken);
        }

        var texts = OrderTexts.For(step.Language);
        var shipment = order.Shipment;
        await SendAsync(
            step,
            OrderMessages.WithLink(
                texts.Status(order),
                shipment is null ? null : texts.TrackingTitle(shipment.Carrier),
                texts.TrackButton,
                shipment?.TrackingUrl),
            cancellationToken);
        return await step.EndAsync(cancellationToken);
    }
}
