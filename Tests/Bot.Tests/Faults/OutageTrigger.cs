using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Faults;

/// <summary>Times a real fault inside a turn: the sentiment analyzer (the real offline one) runs the fault it was armed with
/// once, when armed, before answering — so Redis dies after the turn loaded its state and before it saves anything.</summary>
internal sealed class OutageTrigger(ISentimentAnalyzer inner) : ISentimentAnalyzer
{
    private Func<Task>? _fault;

    /// <summary>Runs <paramref name="fault"/> during the next analysis.</summary>
    public void Arm(Func<Task> fault) => _fault = fault;

    public bool Fired { get; private set; }

    public async Task<IReadOnlyList<SentimentResult>> AnalyzeAsync(IReadOnlyList<SentimentRequest> requests, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _fault, null) is { } fault)
        {
            await fault();
            Fired = true;
        }

        return await inner.AnalyzeAsync(requests, cancellationToken);
    }
}
