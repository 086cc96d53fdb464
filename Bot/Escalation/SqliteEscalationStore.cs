using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Escalation;

/// <summary>Escalations in the embedded SQLite file: the default for one instance; survives restarts. A change is an
/// <c>UPDATE … WHERE version = expected</c>, so of two agents claiming at once exactly one row update succeeds.</summary>
public sealed class SqliteEscalationStore : IEscalationStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS escalations (
            id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            status TEXT NOT NULL,
            is_open INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            version INTEGER NOT NULL,
            json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_escalations_open ON escalations (is_open, conversation_id);
        CREATE INDEX IF NOT EXISTS ix_escalations_created ON escalations (created_at);
        CREATE INDEX IF NOT EXISTS ix_escalations_open_created ON escalations (is_open, created_at);
        CREATE TABLE IF NOT EXISTS escalation_messages (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            escalation_id TEXT NOT NULL,
            json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_escalation_messages ON escalation_messages (escalation_id, sequence);
        """;

    private readonly SqliteDatabase _database;

    /// <summary>Creates the store on the configured file.</summary>
    public SqliteEscalationStore(IOptions<EscalationOptions> options, IHostEnvironment environment)
        : this(Path.GetFullPath(options?.Value.SqlitePath ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? Directory.GetCurrentDirectory()))
    {
    }

    /// <summary>Creates the store on <paramref name="path"/>.</summary>
    public SqliteEscalationStore(string path) => _database = new SqliteDatabase(path, Schema);

    /// <inheritdoc />
    public async Task AddAsync(EscalationCase escalation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        escalation.Version = 1;
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO escalations (id, conversation_id, status, is_open, created_at, version, json)
            VALUES ($id, $conversation, $status, $open, $created, 1, $json);
            """;
        command.Parameters.AddWithValue("$id", escalation.Id);
        command.Parameters.AddWithValue("$conversation", escalation.Request.ConversationId);
        command.Parameters.AddWithValue("$created", SqliteDatabase.Format(escalation.CreatedAt));
        AddState(command, escalation);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<EscalationCase?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, version FROM escalations WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await ReadCasesAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<bool> TryReplaceAsync(EscalationCase escalation, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE escalations SET status = $status, is_open = $open, json = $json, version = version + 1
            WHERE id = $id AND version = $expected;
            """;
        command.Parameters.AddWithValue("$id", escalation.Id);
        command.Parameters.AddWithValue("$expected", expectedVersion);
        escalation.Version = expectedVersion + 1;
        AddState(command, escalation);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return true;
        }

        escalation.Version = expectedVersion;
        return false;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EscalationCase>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, version FROM escalations WHERE is_open = 1 ORDER BY created_at, id";
        return await ReadCasesAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EscalationCase>> ListOpenCreatedUntilAsync(DateTimeOffset createdAtOrBefore, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, version FROM escalations WHERE is_open = 1 AND created_at <= $until ORDER BY created_at, id";
        command.Parameters.AddWithValue("$until", SqliteDatabase.Format(createdAtOrBefore));
        return await ReadCasesAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EscalationCase>> ListCreatedBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, version FROM escalations WHERE created_at >= $from AND created_at < $to ORDER BY created_at, id";
        command.Parameters.AddWithValue("$from", SqliteDatabase.Format(startInclusive));
        command.Parameters.AddWithValue("$to", SqliteDatabase.Format(endExclusive));
        return await ReadCasesAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<EscalationCase?> FindOpenByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, version FROM escalations WHERE is_open = 1 AND conversation_id = $conversation ORDER BY created_at DESC LIMIT 1";
        command.Parameters.AddWithValue("$conversation", conversationId);
        return (await ReadCasesAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<TranscriptEntry> AppendMessageAsync(string id, TranscriptEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO escalation_messages (escalation_id, json) VALUES ($id, $json) RETURNING sequence";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$json", RecordJson.Serialize(entry));
        var sequence = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return entry with { Sequence = sequence };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranscriptEntry>> GetMessagesAsync(string id, long afterSequence, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, json FROM escalation_messages WHERE escalation_id = $id AND sequence > $after ORDER BY sequence";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$after", afterSequence);
        var entries = new List<TranscriptEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(RecordJson.Deserialize<TranscriptEntry>(reader.GetString(1)) with { Sequence = reader.GetInt64(0) });
        }

        return entries;
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    private static void AddState(SqliteCommand command, EscalationCase escalation)
    {
        command.Parameters.AddWithValue("$status", escalation.Status.ToString());
        command.Parameters.AddWithValue("$open", escalation.IsOpen ? 1 : 0);
        command.Parameters.AddWithValue("$json", RecordJson.Serialize(escalation));
    }

    private static async Task<IReadOnlyList<EscalationCase>> ReadCasesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var cases = new List<EscalationCase>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var escalation = RecordJson.Deserialize<EscalationCase>(reader.GetString(0));
            escalation.Version = reader.GetInt64(1);
            cases.Add(escalation);
        }

        return cases;
    }
}
