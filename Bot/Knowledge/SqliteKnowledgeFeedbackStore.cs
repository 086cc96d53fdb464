using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Knowledge;

/// <summary>Feedback in the embedded SQLite file (the default): one row per answer, counted on demand.</summary>
public sealed class SqliteKnowledgeFeedbackStore : IKnowledgeFeedbackStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS knowledge_feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id TEXT NOT NULL,
            language TEXT NOT NULL,
            helpful INTEGER NOT NULL,
            conversation_id TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_knowledge_feedback_article ON knowledge_feedback (article_id);
        """;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store on the configured file.</summary>
    public SqliteKnowledgeFeedbackStore(IOptions<KnowledgeOptions> options, IHostEnvironment environment, TimeProvider time)
        : this(
            Path.GetFullPath(options?.Value.SqlitePath ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? Directory.GetCurrentDirectory()),
            time)
    {
    }

    /// <summary>Creates the store on <paramref name="path"/>.</summary>
    public SqliteKnowledgeFeedbackStore(string path, TimeProvider time)
    {
        _database = new SqliteDatabase(path, Schema);
        _time = time;
    }

    /// <inheritdoc />
    public async Task RecordAsync(KnowledgeFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO knowledge_feedback (article_id, language, helpful, conversation_id, created_at)
            VALUES ($article, $language, $helpful, $conversation, $created);
            """;
        command.Parameters.AddWithValue("$article", feedback.ArticleId);
        command.Parameters.AddWithValue("$language", feedback.Language.ToString());
        command.Parameters.AddWithValue("$helpful", feedback.Helpful ? 1 : 0);
        command.Parameters.AddWithValue("$conversation", feedback.ConversationId);
        command.Parameters.AddWithValue("$created", SqliteDatabase.Format(_time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleFeedbackCount>> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT article_id, SUM(helpful), SUM(1 - helpful) FROM knowledge_feedback
            GROUP BY article_id ORDER BY article_id;
            """;
        var counts = new List<ArticleFeedbackCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new ArticleFeedbackCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return counts;
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();
}
