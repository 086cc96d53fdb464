using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Teams;

namespace SupportBot.Dialogs.Orders;

/// <summary>Makes sure an order is the customer's before anything about it is shown: the order number (unless given),
/// then either an order already proved in this conversation, the customer id the shop vouched for (a signed link), or
/// the email or postal code on the order. A wrong answer and an unknown order get the same reply, keep the number and
/// ask the proof again (a different number may be typed instead); both count towards the lock of that order in this
/// conversation. Never runs in a chat of several people. Ends with an <see cref="OrderIdentityResult"/>; every way out
/// but success has already been explained to the customer.</summary>
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
        if (IsSharedChat(dc))
        {
            await dc.SendAsync(OrderTexts.For(dc.Language).SharedChat, cancellationToken);
            return await EndAsync(dc, OrderIdentityOutcome.SharedChat, cancellationToken);
        }

        var frame = dc.ActiveFrame!;
        var identity = ReadState(frame);
        return identity.OrderNumber is { } number
            ? await CheckAsync(dc, frame, identity, number, proof: null, cancellationToken)
            : await AskOrderNumberAsync(dc, frame, identity, cancellationToken);
    }

    /// <summary>Only reached when a prompt is not on top (never in practice): asks again.</summary>
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var identity = ReadState(frame);
        return identity.Stage == OrderIdentityStage.Proof && identity.OrderNumber is { } number
            ? await AskProofAsync(dc, frame, identity, number, again: false, cancellationToken)
            : await AskOrderNumberAsync(dc, frame, identity, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogOutcome childOutcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(childOutcome);
        var frame = dc.ActiveFrame!;
        var identity = ReadState(frame);
        var answered = childOutcome.TryGetValue<OrderIdentityAnswer>(out var answer);
        if (identity.Stage == OrderIdentityStage.OrderNumber)
        {
            // No number after two tries, or "no lo tengo": where to find it, and a person (nobody looks orders up by email here).
            if (!answered || answer.OrderNumber is not { } given)
            {
                await dc.SendAsync(OrderTexts.For(dc.Language).WhereToFindOrderNumber, cancellationToken);
                return await EndAsync(dc, OrderIdentityOutcome.NoOrderNumber, cancellationToken);
            }

            return await CheckAsync(dc, frame, identity, given, answer.Proof, cancellationToken);
        }

        if (!answered)
        {
            await dc.SendAsync(dc.Texts.GaveUp, cancellationToken);
            return await EndAsync(dc, OrderIdentityOutcome.GaveUp, cancellationToken);
        }

        // A different order number typed at the proof question: that order is checked instead.
        return answer.OrderNumber is { } other
            ? await CheckAsync(dc, frame, identity, other, answer.Proof, cancellationToken)
            : await VerifyAsync(dc, frame, identity, identity.OrderNumber!, answer.Proof!, cancellationToken);
    }

    private async Task<DialogTurnResult> CheckAsync(
        DialogContext dc, DialogFrame frame, OrderIdentityState identity, string number, string? proof, CancellationToken cancellationToken)
    {
        if (await guard.RecallAsync(dc.Context, number, cancellationToken) is { } proved)
        {
            return await EndAsync(dc, OrderIdentityOutcome.Verified, cancellationToken, proved);
        }

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
        return proof is null
            ? await AskProofAsync(dc, frame, identity, number, again: false, cancellationToken)
            : await VerifyAsync(dc, frame, identity, number, proof, cancellationToken);
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
            await guard.RememberAsync(dc.Context, number, order, cancellationToken);
            return await EndAsync(dc, OrderIdentityOutcome.Verified, cancellationToken, order);
        }

        var texts = OrderTexts.For(dc.Language);
        if (await guard.RecordFailureAsync(dc.Context, number, cancellationToken) is { } locked)
        {
            await dc.SendAsync(texts.Locked(number, locked), cancellationToken);
            return await EndAsync(dc, OrderIdentityOutcome.Locked, cancellationToken);
        }

        // One reply whether the order is unknown or the proof wrong; the number is kept (another one may be typed instead).
        await dc.SendAsync(texts.NoMatch, cancellationToken);
        return await AskProofAsync(dc, frame, identity, number, again: true, cancellationToken);
    }

    private static Task<DialogTurnResult> AskOrderNumberAsync(
        DialogContext dc, DialogFrame frame, OrderIdentityState identity, CancellationToken cancellationToken)
    {
        identity.Stage = OrderIdentityStage.OrderNumber;
        identity.OrderNumber = null;
        WriteState(frame, identity);
        return dc.BeginDialogAsync(OrderNumberPrompt.DefaultId, new PromptOptions
        {
            Prompt = OrderTexts.Localize(t => t.AskOrderNumber),
            MaxRetries = 1,
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskProofAsync(
        DialogContext dc, DialogFrame frame, OrderIdentityState identity, string number, bool again, CancellationToken cancellationToken)
    {
        identity.Stage = OrderIdentityStage.Proof;
        identity.OrderNumber = number;
        WriteState(frame, identity);
        return dc.BeginDialogAsync(OrderProofPrompt.DefaultId, new PromptOptions
        {
            Prompt = again ? OrderTexts.Localize(t => t.AskProofAgain(number)) : OrderTexts.Localize(t => t.AskProof(number)),
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

    /// <summary>A Teams group chat or channel, or any channel's group conversation: other people would read the order.</summary>
    private static bool IsSharedChat(DialogContext dc)
    {
        var activity = dc.Context.Activity;
        var type = activity.Conversation?.ConversationType;
        return TeamsScope.IsGroupChat(activity)
               || string.Equals(type, TeamsScope.GroupChat, StringComparison.Ordinal)
               || string.Equals(type, TeamsScope.Channel, StringComparison.Ordinal);
    }

    /// <summary>Who asks, for the order system's records.</summary>
    internal static OrderCaller CallerOf(DialogContext dc)
        => new(CustomerIdentity.Of(dc.Context), dc.Context.Activity.Conversation?.Id ?? string.Empty);
}
