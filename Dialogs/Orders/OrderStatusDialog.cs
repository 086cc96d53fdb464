using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Orders;

/// <summary>"¿Dónde está mi pedido?": after the identity check, where the order stands, its carrier and dates, and a
/// button to the carrier's tracking page. An order on the way past its estimated date is called late, with an apology,
/// the next step and the offer of a person.</summary>
public sealed class OrderStatusDialog(TimeProvider time) : OrderActionDialog
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "orders.status";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<OrderActionState>> Steps => [IdentifyAsync, ShowAsync];

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
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
        if (order.Status == OrderStatus.Shipped
            && shipment is { DeliveredOn: null, EstimatedDelivery: { } expected }
            && expected < DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
        {
            await SendAsync(step, OrderMessages.Text(texts.Late(expected, shipment.Carrier)), cancellationToken);
            return await OfferPersonAsync(step, cancellationToken);
        }

        return await step.EndAsync(cancellationToken);
    }
}
