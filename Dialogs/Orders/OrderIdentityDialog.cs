using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;

namespace SupportBot.Dialogs.Orders;

/// <summary>Makes sure an order is the customer's before anything about it is shown: the order number (unless given),
/// then either the customer id the shop vouched for (a signed link) or the email or postal code on the order. A wrong
/// answer and an unknown order get the same reply and both count towards the lock of that order in this conversation.
/// Ends with an <see cref="OrderIdentityResult"/>; every way out but success has already been explained to the customer.</summary>
public sealed class OrderIdentityDialog(IOrderService orders, OrderIdentityGuard guard, StateAccessors state)
    : StatefulDialog<OrderIdentityState>
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "orders.identity";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var identity = ReadState(frame);
        return identity.OrderNumber is { } number
            ? await CheckAsync(dc, frame, identity, number, cancellationToken)
            : await AskOrderNumberAsync(dc, frame, identity, previous: null, cancellationToken);
    }

    /// <summary>Only reached when a prompt is not on top (never in practice): asks again.</summary>
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var identity = ReadState(frame);
        return identity.Stage == OrderIdentityStage.Proof && identity.OrderNumber is { } number
            ? await AskProofAsync(dc, frame, identity, number, cancellationToken)
            : await AskOrderNumberAsync(dc, frame, identity, previous: null, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogOutcome childOutcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(childOutcome);
        var frame = dc.ActiveFrame!;
        var identity = ReadState(frame);
        if (!childOutcome.TryGetValue<string>(out var answer))
        {
            await dc.SendAsync(dc.Texts.GaveUp, cancellationToken);
            return await EndAsync(dc, OrderIdentityOutcome.GaveUp, cancellationToken);
        }

        if (identity.Stage == OrderIdentityStage.OrderNumber)
        {
            identity.OrderNumber = answer;
            return await CheckAsync(dc, frame, identity, answer, cancellationToken);
        }

        return await VerifyAsync(dc, frame, identity, identity.OrderNumber!, answer, cancellationToken);
    }

    private async Task<DialogTurnResult> CheckAsync(
        DialogContext dc, DialogFrame frame, OrderIdentityState identity, string number, CancellationToken cancellationToken)
    {
        if (await guard.RemainingLockAsync(dc.Context, number, cancellationToken) is { } remaining)
        {
            await dc.SendAsync(OrderTexts.For(dc.Language).Locked(number, remaining), cancellationToken);
            return await EndAsync(dc, OrderIdentityOutcome.Locked, cancellationToken);
        }

        var profile = await state.UserProfile.GetAsync(dc.Context, () => new UserProfile(), cancellationToken);
        if (profile.VerifiedCustomerId is { } customerId)
        {
            try
            {
                if (await orders.FindOwnAsync(customerId, number, CallerOf(dc), cancellationToken) is { } own)
                {
                    return await EndAsync(dc, OrderIdentityOutcome.Verified, cancellationToken, own);
                }
            }
            catch (OrderServiceUnavailableException)
            {
                return await UnavailableAsync(dc, cancellationToken);
            }
        }

        // Not one of the vouched customer's orders (or nobody vouched): the order's own details prove it.
        return await AskProofAsync(dc, frame, identity, number, cancellationToken);
    }

    private async Task<DialogTurnResult> VerifyAsync(
        DialogContext dc, DialogFrame frame, OrderIdentityState identity, string number, string proof, CancellationToken cancellationToken)
    {
        OrderDetails? order;
        try
        {
            order = await orders.FindVerifiedAsync(number, proof, CallerOf(dc), cancellationToken);
        }
        catch (OrderServiceUnavailableException)
        {
            return await UnavailableAsync(dc, cancellationToken);
        }

        if (order is not null)
        {
            await guard.ForgetAsync(dc.Context, number, cancellationToken);
            return await EndAsync(dc, OrderIdentityOutcome.Verified, cancellationToken, order);
        }

        var texts = OrderTexts.For(dc.Language);
        if (await guard.RecordFailureAsync(dc.Context, number, cancellationToken) is { } locked)
        {
            await dc.SendAsync(texts.Locked(number, locked), cancellationToken);
            return await EndAsync(dc, OrderIdentityOutcome.Locked, cancellationToken);
        }

        // The number may be the mistake as much as the proof: both are asked again, the last number offered as a button.
        await dc.SendAsync(texts.NoMatch, cancellationToken);
        return await AskOrderNumberAsync(dc, frame, identity, previous: number, cancellationToken);
    }

    private static Task<DialogTurnResult> AskOrderNumberAsync(
        DialogContext dc, DialogFrame frame, OrderIdentityState identity, string? previous, CancellationToken cancellationToken)
    {
        identity.Stage = OrderIdentityStage.OrderNumber;
        identity.OrderNumber = null;
        WriteState(frame, identity);
        return dc.BeginDialogAsync(OrderNumberPrompt.DefaultId, new PromptOptions
        {
            Prompt = OrderTexts.Localize(t => t.AskOrderNumber),
            Choices = previous is null ? null : [new Choice(previous, new LocalizedText(previous, previous), [])],
            MaxRetries = 2,
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskProofAsync(
        DialogContext dc, DialogFrame frame, OrderIdentityState identity, string number, CancellationToken cancellationToken)
    {
        identity.Stage = OrderIdentityStage.Proof;
        identity.OrderNumber = number;
        WriteState(frame, identity);
        return dc.BeginDialogAsync(OrderProofPrompt.DefaultId, new PromptOptions
        {
            Prompt = OrderTexts.Localize(t => t.AskProof(number)),
            MaxRetries = 2,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> UnavailableAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.SendAsync(OrderTexts.For(dc.Language).Unavailable, cancellationToken);
        return await EndAsync(dc, OrderIdentityOutcome.Unavailable, cancellationToken);
    }

    private static Task<DialogTurnResult> EndAsync(
        DialogContext dc, OrderIdentityOutcome outcome, CancellationToken cancellationToken, OrderDetails? order = null)
        => dc.EndDialogAsync(DialogOutcome.Of(new OrderIdentityResult(outcome, order)), cancellationToken);

    /// <summary>Who asks, for the order system's records.</summary>
    internal static OrderCaller CallerOf(DialogContext dc)
        => new(CustomerIdentity.Of(dc.Context), dc.Context.Activity.Conversation?.Id ?? string.Empty);
}
