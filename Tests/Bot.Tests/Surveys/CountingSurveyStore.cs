using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Surveys;

/// <summary>A survey store that counts the record reads and saves reaching the store it wraps.</summary>
internal sealed class CountingSurveyStore(ISurveyStore inner) : ISurveyStore
{
    private int _gets;
    private int _saves;

    public int Gets => Volatile.Read(ref _gets);

    public int Saves => Volatile.Read(ref _saves);

    public Task SaveAsync(SurveyRecord record, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _saves);
        return inner.SaveAsync(record, cancellationToken);
    }

    public Task<SurveyRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _gets);
        return inner.GetAsync(id, cancellationToken);
    }

    public Task<IReadOnlyList<SurveyRecord>> ListByCustomerAsync(string customerId, CancellationToken cancellationToken)
        => inner.ListByCustomerAsync(customerId, cancellationToken);

    public Task<IReadOnlyList<SurveyRecord>> ListStartedBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken)
        => inner.ListStartedBetweenAsync(startInclusive, endExclusive, cancellationToken);

    public Task<bool> IsOptedOutAsync(string customerId, CancellationToken cancellationToken)
        => inner.IsOptedOutAsync(customerId, cancellationToken);

    public Task SetOptedOutAsync(string customerId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken)
        => inner.SetOptedOutAsync(customerId, optedOut, at, cancellationToken);
}
