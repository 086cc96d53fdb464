using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Faults;

/// <summary>Survey records on Redis with a local write-ahead outbox: a save that finds Redis down is kept in the
/// <see cref="LocalOutbox"/> (so an answer the bot acknowledged is never lost), read back from there by this instance,
/// and replayed into Redis by <see cref="OutboxReplayService"/>.</summary>
public sealed partial class OutboxSurveyStore(ISurveyStore inner, LocalOutbox outbox, ILogger<OutboxSurveyStore> logger) : ISurveyStore
{
    /// <summary>The store the records go to when it answers (Redis).</summary>
    public ISurveyStore Inner => inner;

    /// <inheritdoc />
    public async Task SaveAsync(SurveyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await inner.SaveAsync(record, cancellationToken);
        }
        catch (Exception e) when (StoreOutage.Is(e))
        {
            await outbox.PutAsync(LocalOutbox.Survey, record.Id, record.CustomerId, RecordJson.Serialize(record), cancellationToken);
            LogDeferred(record.Id, e.GetType().Name);
            return;
        }

        // The store now holds this version: an older one waiting in the outbox must not be replayed over it.
        await outbox.RemoveAsync(LocalOutbox.Survey, record.Id, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SurveyRecord?> GetAsync(string id, CancellationToken cancellationToken)
        => await outbox.FindAsync(LocalOutbox.Survey, id, cancellationToken) is { } waiting
            ? RecordJson.Deserialize<SurveyRecord>(waiting.Json)
            : await inner.GetAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SurveyRecord>> ListByCustomerAsync(string customerId, CancellationToken cancellationToken)
        => inner.ListByCustomerAsync(customerId, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Records still waiting in the outbox are included (they replace the store's older copy).</remarks>
    public async Task<IReadOnlyList<SurveyRecord>> ListStartedBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken)
    {
        var stored = await inner.ListStartedBetweenAsync(startInclusive, endExclusive, cancellationToken);
        var waiting = (await outbox.ListAsync(cancellationToken))
            .Where(e => e.Kind == LocalOutbox.Survey)
            .Select(e => RecordJson.Deserialize<SurveyRecord>(e.Json))
            .ToList();
        if (waiting.Count == 0)
        {
            return stored;
        }

        var waitingIds = waiting.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return stored.Where(r => !waitingIds.Contains(r.Id))
            .Concat(waiting.Where(r => r.StartedAt >= startInclusive && r.StartedAt < endExclusive))
            .OrderBy(r => r.StartedAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public Task<bool> IsOptedOutAsync(string customerId, CancellationToken cancellationToken)
        => inner.IsOptedOutAsync(customerId, cancellationToken);

    /// <inheritdoc />
    public Task SetOptedOutAsync(string customerId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken)
        => inner.SetOptedOutAsync(customerId, optedOut, at, cancellationToken);

    /// <summary>Writes a waiting record into the store and takes it out of the outbox (unless a newer one replaced it).</summary>
    public async Task ReplayAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await inner.SaveAsync(RecordJson.Deserialize<SurveyRecord>(entry.Json), cancellationToken);
        await outbox.RemoveAsync(entry, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey record {SurveyId} kept in the local outbox: the store is unavailable ({ExceptionType})")]
    private partial void LogDeferred(string surveyId, string exceptionType);
}
