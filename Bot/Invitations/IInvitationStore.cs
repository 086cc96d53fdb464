using SupportBot.Dialogs.Invitations;

namespace SupportBot.Bot.Invitations;

/// <summary>The durable invitation schedule and the customers' latest conversation references, shared by every
/// instance: SQLite (default) or Redis. Claims are atomic, so two instances never send the same message.</summary>
public interface IInvitationStore : IInvitationReplies
{
    /// <summary>Schedules <paramref name="invitation"/> unless its order has a schedule already; returns the schedule
    /// that holds (the new one or the existing one) and whether it was created.</summary>
    Task<(ScheduledInvitation Schedule, bool Created)> AddAsync(ScheduledInvitation invitation, CancellationToken cancellationToken);

    /// <summary>The schedule of <paramref name="orderId"/>, or null.</summary>
    Task<ScheduledInvitation?> GetAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> pending schedules due at <paramref name="now"/> (including claims
    /// whose lease ended): each gets a fresh claim token and is due again only at <c>now + lease</c>.</summary>
    Task<IReadOnlyList<ScheduledInvitation>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="updated"/> (claim token cleared) and, when given, records <paramref name="sent"/>,
    /// in one atomic step — only while <paramref name="claimToken"/> still holds the schedule. False when it does not
    /// (the lease ended and another instance took it).</summary>
    Task<bool> CompleteAsync(string claimToken, ScheduledInvitation updated, SentInvitation? sent, CancellationToken cancellationToken);

    /// <summary>Every invitation and reminder sent from <paramref name="since"/> (inclusive) to <paramref name="until"/>
    /// (exclusive), oldest first, with whether each order's invitation was answered.</summary>
    Task<IReadOnlyList<SentInvitation>> ListSentAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Saves the customer's latest conversation reference when it changed (or its last-seen time is
    /// <paramref name="refreshAfter"/> old); true when it wrote.</summary>
    Task<bool> SaveReferenceAsync(CustomerReference reference, TimeSpan refreshAfter, CancellationToken cancellationToken);

    /// <summary>Saves the reference of a customer the store has none for, in one step; false (and nothing written) when
    /// there is one already, which <see cref="SaveReferenceAsync"/> then merges with.</summary>
    Task<bool> TryAddReferenceAsync(CustomerReference reference, CancellationToken cancellationToken);

    /// <summary>The latest conversation reference of <paramref name="customerId"/>, or null.</summary>
    Task<CustomerReference?> GetReferenceAsync(string customerId, CancellationToken cancellationToken);
}
