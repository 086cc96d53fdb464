using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Knowledge;

/// <summary>Feedback in process memory (<c>Knowledge:FeedbackStore=Memory</c>): lost on restart, one instance only.</summary>
public sealed class InMemoryKnowledgeFeedbackStore : IKnowledgeFeedbackStore
{
    private readonly Lock _gate = new();
    private readonly List<KnowledgeFeedback> _answers = [];

    /// <inheritdoc />
    public Task RecordAsync(KnowledgeFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        lock (_gate)
        {
            _answers.Add(feedback);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArticleFeedbackCount>> CountAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ArticleFeedbackCount> counts = _answers
                .GroupBy(a => a.ArticleId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ArticleFeedbackCount(g.Key, g.Count(a => a.Helpful), g.Count(a => !a.Helpful)))
                .ToList();
            return Task.FromResult(counts);
        }
    }
}
