using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Faults;

/// <summary>A local, durable write-ahead outbox (SQLite, synchronous=FULL): a record accepted while its store (Redis) is
/// down is kept here, read back by its store's decorator, and replayed by <see cref="OutboxReplayService"/> when the store
/// answers again. One row per kind and id: writing the same record again replaces it.</summary>
/// <remarks>The outbox is empty nearly always, yet the survey and escalation paths ask it on every save. So a marker file
/// next to the database (<c>&lt;file&gt;.pending</c>) says "there may be records": created after every write, removed
/// only when a removal leaves the outbox empty (then counted again, and put back if a write slipped in). While there is
/// no marker, <see cref="FindAsync"/>, <see cref="FindByScopeAsync"/> and <see cref="RemoveAsync(string, string,
/// CancellationToken)"/> answer without opening SQLite. A file, not a field: instances that share the outbox (App
/// Service's <c>/home</c>) see each other's records. The marker is set from the rows once per process on first use, so
/// a file written before the marker existed is not missed.</remarks>
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
    private readonly string _marker;
    private Task? _markerFromRows;

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
        _marker = _database.Path + ".pending";
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
        // After the row: whoever finds no marker from here on removed it before counting this row, and put it back.
        SetMarker();
    }

    /// <summary>The waiting record of <paramref name="kind"/> with <paramref name="id"/>, or null.</summary>
    public async Task<OutboxEntry?> FindAsync(string kind, string id, CancellationToken cancellationToken)
        => await MayHoldRecordsAsync(cancellationToken) ? await FirstAsync(byScope: false, kind, id, cancellationToken) : null;

    /// <summary>A waiting record of <paramref name="kind"/> in <paramref name="scope"/>, or null.</summary>
    public async Task<OutboxEntry?> FindByScopeAsync(string kind, string scope, CancellationToken cancellationToken)
        => await MayHoldRecordsAsync(cancellationToken) ? await FirstAsync(byScope: true, kind, scope, cancellationToken) : null;

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
        await ClearMarkerIfEmptyAsync(cancellationToken);
    }

    /// <summary>Removes whatever waits for <paramref name="kind"/> and <paramref name="id"/> (its store now holds a newer version).</summary>
    public async Task RemoveAsync(string kind, string id, CancellationToken cancellationToken)
    {
        if (!await MayHoldRecordsAsync(cancellationToken))
        {
            return;
        }

        await using (var connection = await _database.OpenAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "DELETE FROM outbox WHERE kind = $kind AND id = $id;";
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$id", id);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ClearMarkerIfEmptyAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    private async Task<bool> MayHoldRecordsAsync(CancellationToken cancellationToken)
    {
        var fromRows = LazyInitializer.EnsureInitialized(ref _markerFromRows, SetMarkerFromRowsAsync);
        try
        {
            await fromRows.WaitAsync(cancellationToken);
        }
        catch (Exception) when (fromRows.IsFaulted)
        {
            // The rows could not be counted (the file is unreadable right now): ask again next time.
            _ = Interlocked.CompareExchange(ref _markerFromRows, null, fromRows);
            throw;
        }

        return File.Exists(_marker);
    }

    private async Task SetMarkerFromRowsAsync()
    {
        if (await CountAsync(CancellationToken.None) > 0)
        {
            SetMarker();
        }
    }

    private async Task ClearMarkerIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_marker) || await CountAsync(cancellationToken) > 0)
        {
            return;
        }

        File.Delete(_marker);
        // A write between the count and the delete set the marker before this delete: count again.
        if (await CountAsync(cancellationToken) > 0)
        {
            SetMarker();
        }
    }

    private void SetMarker()
    {
        if (!File.Exists(_marker))
        {
            using var created = new FileStream(_marker, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }
    }

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
