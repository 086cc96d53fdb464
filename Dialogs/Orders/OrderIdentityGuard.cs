using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Main;

namespace SupportBot.Dialogs.Orders;

/// <summary>Counts wrong identity answers per order in a conversation and locks that order there for a while after
/// <see cref="OrderSelfServiceSettings.MaxIdentityFailures"/> of them. An unknown order and a wrong proof count alike.
/// Also remembers the orders proved in the conversation for a while.</summary>
public sealed class OrderIdentityGuard
{
    /// <summary>Conversation state slot of the <see cref="OrderIdentityLedger"/>. Persisted: never rename.</summary>
    public const string StateKey = "orderIdentity";

    private readonly IStatePropertyAccessor<OrderIdentityLedger> _ledger;
    private readonly OrderSelfServiceSettings _settings;
    private readonly TimeProvider _time;

    /// <summary>Creates the guard over the conversation state.</summary>
    public OrderIdentityGuard(StateAccessors state, OrderSelfServiceSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(state);
        _ledger = state.ConversationState.CreateProperty<OrderIdentityLedger>(StateKey);
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>How much longer <paramref name="orderNumber"/> stays locked in this conversation; null when it is not.</summary>
    public async Task<TimeSpan?> RemainingLockAsync(ITurnContext turnContext, string orderNumber, CancellationToken cancellationToken)
    {
        var ledger = await LoadAsync(turnContext, cancellationToken);
        var entry = Find(ledger, orderNumber);
        if (entry?.LockedUntil is not { } until)
        {
            return null;
        }

        var remaining = until - _time.GetUtcNow();
        if (remaining > TimeSpan.Zero)
        {
            return remaining;
        }

        // The lock has run out: the order starts again with a clean count.
        ledger.Orders.Remove(entry);
        await _ledger.SetAsync(turnContext, ledger, cancellationToken);
        return null;
    }

    /// <summary>Counts a wrong answer; returns the lock's length when this answer locked the order, else null.</summary>
    public async Task<TimeSpan?> RecordFailureAsync(ITurnContext turnContext, string orderNumber, CancellationToken cancellationToken)
    {
        var ledger = await LoadAsync(turnContext, cancellationToken);
        var entry = Find(ledger, orderNumber);
        if (entry is null)
        {
            entry = new OrderIdentityAttempts { OrderNumber = orderNumber };
            ledger.Orders.Add(entry);
        }

        entry.Failures++;
        TimeSpan? locked = null;
        if (entry.Failures >= _settings.MaxIdentityFailures)
        {
            entry.LockedUntil = _time.GetUtcNow() + _settings.LockoutDuration;
            locked = _settings.LockoutDuration;
        }

        await _ledger.SetAsync(turnContext, ledger, cancellationToken);
        return locked;
    }

    /// <summary>Forgets the wrong answers for an order the customer has just proved is theirs, and remembers the order
    /// for <see cref="OrderSelfServiceSettings.VerifiedDuration"/> under the number they gave and the shop's own.</summary>
    public async Task RememberAsync(ITurnContext turnContext, string orderNumber, OrderDetails order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var ledger = await LoadAsync(turnContext, cancellationToken);
        if (Find(ledger, orderNumber) is { } entry)
        {
            ledger.Orders.Remove(entry);
        }

        var until = _time.GetUtcNow() + _settings.VerifiedDuration;

        // A plain list: conversation state goes through JSON, which cannot rebuild every read-only collection.
        order = order with { Lines = order.Lines.ToList() };
        ledger.Verified.RemoveAll(v => v.VerifiedUntil <= _time.GetUtcNow() || Same(v.OrderNumber, orderNumber) || Same(v.OrderNumber, order.OrderNumber));
        ledger.Verified.Add(new VerifiedOrder { OrderNumber = orderNumber, VerifiedUntil = until, Order = order });
        if (!Same(orderNumber, order.OrderNumber))
        {
            ledger.Verified.Add(new VerifiedOrder { OrderNumber = order.OrderNumber, VerifiedUntil = until, Order = order });
        }

        await _ledger.SetAsync(turnContext, ledger, cancellationToken);
    }

    /// <summary>The order, when the customer proved it is theirs in this conversation and the proof still counts.</summary>
    public async Task<OrderDetails?> RecallAsync(ITurnContext turnContext, string orderNumber, CancellationToken cancellationToken)
    {
        var ledger = await LoadAsync(turnContext, cancellationToken);
        var now = _time.GetUtcNow();
        if (ledger.Verified.RemoveAll(v => v.VerifiedUntil <= now) > 0)
        {
            await _ledger.SetAsync(turnContext, ledger, cancellationToken);
        }

        return ledger.Verified.Find(v => Same(v.OrderNumber, orderNumber))?.Order;
    }

    private Task<OrderIdentityLedger> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _ledger.GetAsync(turnContext, () => new OrderIdentityLedger(), cancellationToken);

    private static OrderIdentityAttempts? Find(OrderIdentityLedger ledger, string orderNumber)
        => ledger.Orders.Find(o => string.Equals(o.OrderNumber, orderNumber, StringComparison.Ordinal));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
