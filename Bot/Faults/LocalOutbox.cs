using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Faults;

/// <summary>A local, durable write-ahead outbox (SQLite, synchronous=FULL): a record accepted while its store (Redis) is
/// down is kept here, read back by its store's decorator, and replayed by <see cref="OutboxReplayService"/> when the store
/// answers again. One row per kind and id: writing the same record again replaces it.</summary>
public sealed class LocalOutbox : IDisposable
{
    /// <summary>Kind of an escalation accepted during an outage.</summary>
    public const string Escalation = "escalation";

    /// <summary>Kind of a survey record saved during an outage.</summary>
    public const string Survey = "survey";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS outbox (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            scope TEXT NULL,
            json TEXT NOT NULL,
            written_at TEXT NOT NULL,
            PRIMARY KEY (kind, id));
        CREATE INDEX IF NOT EXISTS ix_outbox_scope ON outbox (kind, scope);
        """;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the outbox on the configured file (created with its folder on first use).</summary>
    public LocalOutbox(IOptions<OutboxOptions> options, IHostEnvironment environment, TimeProvider time)
        : this(System.IO.Path.GetFullPath(options?.Value.Path ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? Directory.GetCurrentDirectory()), time)
    {
    }

    /// <summary>Creates the outbox on <paramref name="path"/>.</summary>
    public LocalOutbox(string path, TimeProvider time)
    {
        _database = new SqliteDatabase(path, Schema);
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The outbox file.</summary>
    public string Path => _database.Path;

    /// <summary>Writes (or replaces) a record; durable when the task completes.</summary>
    /// <param name="kind">The record's kind.</param>
    /// <param name="id">The record's id.</param>
    /// <param name="scope">What it belongs to (a conversation), to find it by; may be null.</param>
    /// <param name="json">The record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task PutAsync(string kind, string id, string? scope, string json, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO outbox (kind, id, scope, json, written_at) VALUES ($kind, $id, $scope, $json, $at)
            ON CONFLICT (kind, id) DO UPDATE SET scope = $scope, json = $json, written_at = $at;
            """;
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$scope", (object?)scope ?? DBNull.Value);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$at", SqliteDatabase.Format(_time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The waiting record of <paramref name="kind"/> with <paramref name="id"/>, or null.</summary>
    public Task<OutboxEntry?> FindAsync(string kind, string id, CancellationToken cancellationToken)
        => FirstAsync(byScope: false, kind, id, cancellationToken);

    /// <summary>A waiting record of <paramref name="kind"/> in <paramref name="scope"/>, or null.</summary>
    public Task<OutboxEntry?> FindByScopeAsync(string kind, string scope, CancellationToken cancellationToken)
        => FirstAsync(byScope: true, kind, scope, cancellationToken);

    /// <summary>Every waiting record, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, id, json FROM outbox ORDER BY written_at, kind, id;";
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>How many records are waiting.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM outbox;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Removes a replayed record, unless it was replaced meanwhile (then the newer one still waits).</summary>
    public async Task RemoveAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM outbox WHERE kind = $kind AND id = $id AND json = $json;";
        command.Parameters.AddWithValue("$kind", entry.Kind);
        command.Parameters.AddWithValue("$id", entry.Id);
        command.Parameters.AddWithValue("$json", entry.Json);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Removes whatever waits for <paramref name="kind"/> and <paramref name="id"/> (its store now holds a newer version).</summary>
    public async Task RemoveAsync(string kind, string id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM outbox WHERE kind = $kind AND id = $id;";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    private async Task<OutboxEntry?> FirstAsync(bool byScope, string kind, string value, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = byScope
            ? "SELECT kind, id, json FROM outbox WHERE kind = $kind AND scope = $value ORDER BY written_at LIMIT 1;"
            : "SELECT kind, id, json FROM outbox WHERE kind = $kind AND id = $value LIMIT 1;";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$value", value);
        var entries = await ReadAsync(command, cancellationToken);
        return entries.Count == 0 ? null : entries[0];
    }

    private static async Task<IReadOnlyList<OutboxEntry>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new OutboxEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return entries;
    }
}
