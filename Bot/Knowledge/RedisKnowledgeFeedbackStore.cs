using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Knowledge;

/// <summary>Feedback in Redis, for several bot instances: two hashes of counters by article id ("helped" and "did not
/// help", incremented atomically) and a list of the answers themselves (article, language, conversation, when), written
/// in one transaction.</summary>
public sealed class RedisKnowledgeFeedbackStore(IConnectionMultiplexer redis, IOptions<StateOptions> options, TimeProvider time) : IKnowledgeFeedbackStore
{
    private readonly string _prefix = (options ?? throw new ArgumentNullException(nameof(options))).Value.KeyPrefix + "knowledge:feedback:";

    /// <inheritdoc />
    public async Task RecordAsync(KnowledgeFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        cancellationToken.ThrowIfCancellationRequested();
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.HashIncrementAsync(feedback.Helpful ? HelpfulKey : NotHelpfulKey, feedback.ArticleId);
        _ = transaction.ListRightPushAsync(AnswersKey, RecordJson.Serialize(new Answer(feedback.ArticleId, feedback.Language.ToString(), feedback.Helpful, feedback.ConversationId, time.GetUtcNow())));
        if (!await transaction.ExecuteAsync())
        {
            throw new InvalidOperationException($"Redis did not commit the feedback on article {feedback.ArticleId}.");
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleFeedbackCount>> CountAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = redis.GetDatabase();
        var helpful = (await database.HashGetAllAsync(HelpfulKey)).ToDictionary(e => e.Name.ToString(), e => (int)e.Value, StringComparer.Ordinal);
        var notHelpful = (await database.HashGetAllAsync(NotHelpfulKey)).ToDictionary(e => e.Name.ToString(), e => (int)e.Value, StringComparer.Ordinal);
        return helpful.Keys.Union(notHelpful.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id => new ArticleFeedbackCount(id, helpful.GetValueOrDefault(id), notHelpful.GetValueOrDefault(id)))
            .ToList();
    }

    private RedisKey HelpfulKey => _prefix + "helpful";

    private RedisKey NotHelpfulKey => _prefix + "nothelpful";

    private RedisKey AnswersKey => _prefix + "answers";

    private sealed record Answer(string ArticleId, string Language, bool Helpful, string ConversationId, DateTimeOffset At);
}
