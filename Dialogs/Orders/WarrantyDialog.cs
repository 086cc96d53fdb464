using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Orders;

/// <summary>A warranty claim: after the identity check, which product (from the order's lines), what is wrong with it
/// (the customer's words), then the technical service case, or, when the warranty has ended, the alternatives: a paid
/// repair quote or a person. A warranty that has ended by the order's own dates is said before asking what is wrong.</summary>
public sealed class WarrantyDialog(IOrderService orders, TimeProvider time) : OrderActionDialog
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "orders.warranty";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<OrderActionState>> Steps =>
        [IdentifyAsync, AskProductAsync, AskSymptomsAsync, CreateAsync];

    private static async Task<DialogTurnResult> AskProductAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!TryGetVerified(step, out var order))
        {
            return await EndUnverifiedAsync(step, cancellationToken);
        }

        if (order.Status is OrderStatus.Received or OrderStatus.Processing or OrderStatus.Shipped)
        {
            return await EndWithAsync(step, OrderTexts.For(step.Language).WarrantyNotDelivered(order.OrderNumber), cancellationToken);
        }

        if (step.State.Products.Count == 1)
        {
            return await step.NextAsync(step.State.Products[0].Sku, cancellationToken);
        }

        var choices = ProductChoices(step.State.Products);
        return await step.PromptAsync(
            ChoicePrompt.DefaultId, new PromptOptions { Prompt = OrderTexts.Localize(t => t.AskWarrantyProduct), Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSymptomsAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<string>(out var sku))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.State.Skus = [sku];
        var product = NameOf(step, sku);
        var endsOn = step.State.Products.Find(p => string.Equals(p.Sku, sku, StringComparison.Ordinal))?.WarrantyEndsOn;
        if (endsOn is { } ended && DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime) > ended)
        {
            return await ReplyAsync(step, product, new WarrantyOutcome(WarrantyStatus.Expired, WarrantyEndsOn: ended), cancellationToken);
        }

        return await step.PromptAsync(
            TextPrompt.DefaultId, new PromptOptions { Prompt = OrderTexts.Localize(t => t.AskSymptoms(product)) }, cancellationToken);
    }

    private async Task<DialogTurnResult> CreateAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<string>(out var symptoms))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var sku = step.State.Skus[0];
        var request = new WarrantyClaimRequest(step.State.OrderNumber!, sku, PiiRedactor.Redact(symptoms));
        return await WithOrderSystemAsync(
            step,
            () => orders.OpenWarrantyClaimAsync(request, CallerOf(step), cancellationToken),
            outcome => ReplyAsync(step, NameOf(step, sku), outcome, cancellationToken),
            cancellationToken);
    }

    private static async Task<DialogTurnResult> ReplyAsync(
        WaterfallStepContext<OrderActionState> step, string product, WarrantyOutcome outcome, CancellationToken cancellationToken)
    {
        var texts = OrderTexts.For(step.Language);
        switch (outcome.Status)
        {
            case WarrantyStatus.Created:
                return await EndWithAsync(step, texts.WarrantyCreated(outcome.CaseNumber ?? string.Empty, product), cancellationToken);
            case WarrantyStatus.Expired:
                // A paid repair is quoted by people, so both alternatives lead to the offer of a person.
                await SendAsync(step, OrderMessages.Text(texts.WarrantyExpired(product, outcome.WarrantyEndsOn)), cancellationToken);
                return await OfferPersonAsync(step, cancellationToken);
            case WarrantyStatus.NotDelivered:
                return await EndWithAsync(step, texts.WarrantyNotDelivered(step.State.OrderNumber!), cancellationToken);
            case WarrantyStatus.AlreadyOpen:
                return await EndWithAsync(step, texts.WarrantyAlreadyOpen(product, outcome.CaseNumber), cancellationToken);
            default:
                return await EndWithAsync(step, texts.WarrantyUnknownProduct, cancellationToken);
        }
    }

    private static string NameOf(WaterfallStepContext<OrderActionState> step, string sku)
        => step.State.Products.Find(p => string.Equals(p.Sku, sku, StringComparison.Ordinal))?.Name ?? sku;
}
