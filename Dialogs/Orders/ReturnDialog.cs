using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Orders;

/// <summary>Starts a return: after the identity check, what the order's own data already rules out (not delivered,
/// cancelled, returned), which products, why (a reason from the list or the customer's words), a refund or an exchange
/// (when the reason allows one: damaged, wrong item, size; a product the shop never takes back is said before asking
/// why), then the shop's answer:
/// the return number with the deadline and the label or who pays the shipping, or why not (the window has passed, ...).</summary>
public sealed class ReturnDialog(IOrderService orders) : OrderActionDialog
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "orders.return";

    private const string WholeOrder = "*";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<OrderActionState>> Steps =>
        [IdentifyAsync, AskProductsAsync, AskReasonAsync, AskReasonDetailAsync, AskExchangeAsync, CreateAsync];

    private static async Task<DialogTurnResult> AskProductsAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!TryGetVerified(step, out var order))
        {
            return await EndUnverifiedAsync(step, cancellationToken);
        }

        var texts = OrderTexts.For(step.Language);
        switch (order.Status)
        {
            case OrderStatus.Cancelled:
                return await EndWithAsync(step, texts.ReturnCancelled(order.OrderNumber), cancellationToken);
            case OrderStatus.Returned:
                return await EndWithAsync(step, texts.ReturnAlreadyReturned(order.OrderNumber), cancellationToken);
            case not OrderStatus.Delivered:
                return await EndWithAsync(step, texts.ReturnNotDelivered(order.OrderNumber), cancellationToken);
        }

        if (step.State.Products.Count < 2)
        {
            return await step.NextAsync(WholeOrder, cancellationToken);
        }

        List<Choice> choices =
        [
            .. ProductChoices(step.State.Products),
            new(WholeOrder, OrderTexts.Localize(t => t.WholeOrder), ["todo", "todos", "all", "everything", "both", "los dos", "ambos"]),
        ];
        return await step.PromptAsync(
            ChoicePrompt.DefaultId, new PromptOptions { Prompt = OrderTexts.Localize(t => t.AskReturnProducts), Choices = choices }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskReasonAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<string>(out var products))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.State.Skus = products == WholeOrder ? [] : [products];

        // What the order's own data says cannot come back is said before asking why.
        var chosen = step.State.Products.Where(p => products == WholeOrder || string.Equals(p.Sku, products, StringComparison.Ordinal));
        if (!chosen.Any(p => p.Returnable))
        {
            return await EndWithAsync(step, OrderTexts.For(step.Language).ReturnNotReturnable, cancellationToken);
        }

        return await step.PromptAsync(
            ReturnReasonPrompt.DefaultId, new PromptOptions { Prompt = OrderTexts.Localize(t => t.AskReturnReason) }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskReasonDetailAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<string>(out var reason))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.State.ReasonCode = ReturnReasons.IsCode(reason) ? reason : null;
        if (reason == ReturnReasons.Other)
        {
            return await step.PromptAsync(
                TextPrompt.DefaultId, new PromptOptions { Prompt = OrderTexts.Localize(t => t.AskReturnReasonDetail) }, cancellationToken);
        }

        // A reason from the list is recorded by its title in the customer's language; their own words as they wrote them.
        return await step.NextAsync(ReturnReasons.IsCode(reason) ? ReturnReasons.TitleOf(reason, step.Language) : reason, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskExchangeAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<string>(out var reason))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        // Only the redacted words are kept between turns.
        step.State.Reason = PiiRedactor.Redact(reason);
        return ReturnReasons.OffersExchange(step.State.ReasonCode)
            ? await step.PromptAsync(
                ChoicePrompt.DefaultId,
                new PromptOptions { Prompt = OrderTexts.Localize(t => t.AskRefundOrExchange), Choices = [.. ReturnReasons.Settlements] },
                cancellationToken)
            : await step.NextAsync(ReturnReasons.Refund, cancellationToken);
    }

    private async Task<DialogTurnResult> CreateAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<string>(out var settlement))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var number = step.State.OrderNumber!;
        var exchange = settlement == ReturnReasons.Exchange;
        var request = new ReturnRequest(number, step.State.Skus, step.State.Reason ?? string.Empty, exchange);
        return await WithOrderSystemAsync(
            step,
            () => orders.StartReturnAsync(request, CallerOf(step), cancellationToken),
            outcome => ReplyAsync(step, number, exchange, outcome, cancellationToken),
            cancellationToken);
    }

    private static async Task<DialogTurnResult> ReplyAsync(
        WaterfallStepContext<OrderActionState> step, string number, bool exchange, ReturnOutcome outcome, CancellationToken cancellationToken)
    {
        var texts = OrderTexts.For(step.Language);
        switch (outcome.Status)
        {
            case ReturnStatus.Created:
                var hasLabel = OrderMessages.IsWebLink(outcome.LabelUrl);
                await SendAsync(
                    step,
                    OrderMessages.WithLink(
                        texts.ReturnCreated(outcome.RmaNumber ?? string.Empty, outcome.ReturnBy, hasLabel, outcome.CustomerPaysShipping, exchange),
                        cardTitle: outcome.RmaNumber,
                        texts.LabelButton,
                        outcome.LabelUrl),
                    cancellationToken);
                return await step.EndAsync(cancellationToken);
            case ReturnStatus.OutsideWindow:
                return await EndWithAsync(step, texts.ReturnOutsideWindow(number, outcome.ReturnBy), cancellationToken);
            case ReturnStatus.NotDelivered:
                return await EndWithAsync(step, texts.ReturnNotDelivered(number), cancellationToken);
            case ReturnStatus.AlreadyRequested:
                return await EndWithAsync(step, texts.ReturnAlreadyRequested(number, outcome.RmaNumber), cancellationToken);
            default:
                return await EndWithAsync(step, texts.ReturnNotReturnable, cancellationToken);
        }
    }
}
