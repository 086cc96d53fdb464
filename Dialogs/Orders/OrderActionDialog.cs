using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Escalation;

namespace SupportBot.Dialogs.Orders;

/// <summary>What the order self-service dialogs share: they begin by proving the order is the customer's
/// (<see cref="OrderIdentityDialog"/>), and when the order system fails or the order is locked they apologise and offer a
/// person (by ending with a <see cref="HandoffState"/> the main dialog hands to <see cref="HandoffDialog"/>).</summary>
public abstract class OrderActionDialog : WaterfallDialog<OrderActionState>
{
    private const int DistinctiveWordLength = 4;

    /// <summary>The first step of every order dialog: the identity check, with the order number given with the request
    /// (also without the word order/pedido: "status of 400108", "¿dónde está el 400 101?").</summary>
    protected static Task<DialogTurnResult> IdentifyAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var number = step.State.OrderNumber ?? OrderNumberRecognizer.InRequest(step.Dialog.IncomingText);
        return step.BeginDialogAsync(OrderIdentityDialog.DialogId, new OrderIdentityState { OrderNumber = number }, cancellationToken);
    }

    /// <summary>The order the identity check verified; remembers its number and products in the state.</summary>
    protected static bool TryGetVerified(WaterfallStepContext<OrderActionState> step, out OrderDetails order)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.TryGetResult<OrderIdentityResult>(out var result) && result is { Outcome: OrderIdentityOutcome.Verified, Order: { } verified })
        {
            order = verified;
            step.State.OrderNumber = verified.OrderNumber;
            step.State.Products = verified.Lines
                .Select(l => new OrderedProduct
                {
                    Sku = l.Sku,
                    Name = l.Product,
                    WarrantyEndsOn = verified.Shipment?.DeliveredOn?.AddMonths(l.WarrantyMonths),
                    Returnable = l.Returnable,
                })
                .DistinctBy(p => p.Sku, StringComparer.Ordinal)
                .ToList();
            return true;
        }

        order = null!;
        return false;
    }

    /// <summary>The order's products as choices, each also picked by the words of its name no other product shares
    /// ("el molinillo", "the Lumo one").</summary>
    protected static List<Choice> ProductChoices(IReadOnlyList<OrderedProduct> products)
    {
        ArgumentNullException.ThrowIfNull(products);
        var words = products.Select(p => TextNormalizer.Tokenize(TextNormalizer.Normalize(p.Name))
                .Select(t => t.Text)
                .Where(w => w.Length >= DistinctiveWordLength)
                .ToHashSet(StringComparer.Ordinal))
            .ToList();
        return products.Select((p, i) => new Choice(
                p.Sku,
                new LocalizedText(p.Name, p.Name),
                words[i].Where(w => words.Where((_, j) => j != i).All(other => !other.Contains(w))).ToList()))
            .ToList();
    }

    /// <summary>Ends after an identity check that did not verify (already explained): a person is offered when the
    /// order is locked, the order system is down or the customer has no order number; nothing more when the customer
    /// gave up or the chat is shared.</summary>
    protected static Task<DialogTurnResult> EndUnverifiedAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.TryGetResult<OrderIdentityResult>(out var result) && result.Outcome is OrderIdentityOutcome.Locked or OrderIdentityOutcome.Unavailable or OrderIdentityOutcome.NoOrderNumber
            ? OfferPersonAsync(step, cancellationToken)
            : step.EndAsync(cancellationToken);
    }

    /// <summary>Ends after a question the customer could not answer within the retries.</summary>
    protected static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        await step.SendAsync(step.Texts.GaveUp, cancellationToken);
        return await step.EndAsync(cancellationToken);
    }

    /// <summary>Ends, asking the main dialog to offer a person.</summary>
    protected static Task<DialogTurnResult> OfferPersonAsync(WaterfallStepContext<OrderActionState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.EndAsync(new HandoffState(), cancellationToken);
    }

    /// <summary>Sends <paramref name="text"/> as plain text and ends.</summary>
    protected static async Task<DialogTurnResult> EndWithAsync(
        WaterfallStepContext<OrderActionState> step, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        await SendAsync(step, OrderMessages.Text(text), cancellationToken);
        return await step.EndAsync(cancellationToken);
    }

    /// <summary>Sends an activity in the turn.</summary>
    protected static Task SendAsync(WaterfallStepContext<OrderActionState> step, IMessageActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Context.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Runs a call to the order system; when it cannot answer, apologises and offers a person instead.</summary>
    protected static async Task<DialogTurnResult> WithOrderSystemAsync<T>(
        WaterfallStepContext<OrderActionState> step,
        Func<Task<T>> call,
        Func<T, Task<DialogTurnResult>> then,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(then);
        T answer;
        try
        {
            answer = await call();
        }
        catch (OrderServiceUnavailableException)
        {
            await SendAsync(step, OrderMessages.Text(OrderTexts.For(step.Language).Unavailable), cancellationToken);
            return await OfferPersonAsync(step, cancellationToken);
        }

        return await then(answer);
    }

    /// <summary>Who asks, for the order system's records.</summary>
    protected static OrderCaller CallerOf(WaterfallStepContext<OrderActionState> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return OrderIdentityDialog.CallerOf(step.Dialog);
    }
}
