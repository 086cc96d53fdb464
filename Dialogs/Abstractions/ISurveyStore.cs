namespace SupportBot.Dialogs.Abstractions;

/// <summary>Durable survey records and survey consent. Implemented in <c>Bot/</c> on SQLite (default) and Redis.</summary>
public interface ISurveyStore
{
    /// <summary>Creates or replaces a record; durable when the task completes.</summary>
    Task SaveAsync(SurveyRecord record, CancellationToken cancellationToken);

    /// <summary>The record with <paramref name="id"/>, or null.</summary>
    Task<SurveyRecord?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every record of a customer, newest first.</summary>
    Task<IReadOnlyList<SurveyRecord>> ListByCustomerAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>Every record started in [<paramref name="startInclusive"/>, <paramref name="endExclusive"/>) (by <see cref="SurveyRecord.StartedAt"/>),
    /// oldest first: what reports read. Stores answer from an index on the start time, not by reading every record.</summary>
    Task<IReadOnlyList<SurveyRecord>> ListStartedBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken);

    /// <summary>Whether the customer asked for no more surveys.</summary>
    Task<bool> IsOptedOutAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>Records the customer's choice to receive surveys or not.</summary>
    Task SetOptedOutAsync(string customerId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken);
}
