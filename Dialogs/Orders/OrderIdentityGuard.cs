using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Main;

namespace SupportBot.Dialogs.Orders;

/// <summary>Counts wrong identity answers per order in a conversation and locks that order there for a while after
/// <see cref="OrderSelfServiceSettings.MaxIdentityFailures"/> of them. An unknown order and a wrong proof count alike.</summary>
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

    /// <summary>Forgets the wrong answers for an order the customer has just proved is theirs.</summary>
    public async Task ForgetAsync(ITurnContext turnContext, string orderNumber, CancellationToken cancellationToken)
    {
        var ledger = await LoadAsync(turnContext, cancellationToken);
        if (Find(ledger, orderNumber) is { } entry)
        {
            ledger.Orders.Remove(entry);
            await _ledger.SetAsync(turnContext, ledger, cancellationToken);
        }
    }

    private Task<OrderIdentityLedger> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _ledger.GetAsync(turnContext, () => new OrderIdentityLedger(), cancellationToken);

    private static OrderIdentityAttempts? Find(OrderIdentityLedger ledger, string orderNumber)
        => ledger.Orders.Find(o => string.Equals(o.OrderNumber, orderNumber, StringComparison.Ordinal));
}
