using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Surveys;

/// <summary>Survey records in an embedded SQLite file (WAL, synchronous=FULL: a saved answer survives the process dying
/// right after the turn). The default for a single instance.</summary>
public sealed class SqliteSurveyStore : ISurveyStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS survey_records (
            id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL,
            order_id TEXT NULL,
            status TEXT NOT NULL,
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            completed_at TEXT NULL,
            record_json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_survey_records_customer ON survey_records (customer_id, started_at DESC);
        CREATE INDEX IF NOT EXISTS ix_survey_records_started ON survey_records (started_at);
        CREATE TABLE IF NOT EXISTS survey_consent (
            customer_id TEXT PRIMARY KEY,
            opted_out INTEGER NOT NULL,
            updated_at TEXT NOT NULL);
        """;

    private readonly SqliteDatabase _database;

    /// <summary>Creates the store on the configured file (created with its folder on first use).</summary>
    public SqliteSurveyStore(IOptions<SurveyOptions> options, IHostEnvironment environment)
        : this(System.IO.Path.GetFullPath(options?.Value.SqlitePath ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? Directory.GetCurrentDirectory()))
    {
    }

    /// <summary>Creates the store on <paramref name="path"/>.</summary>
    public SqliteSurveyStore(string path) => _database = new SqliteDatabase(path, Schema);

    /// <summary>The database file.</summary>
    public string Path => _database.Path;

    /// <inheritdoc />
    public async Task SaveAsync(SurveyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO survey_records (id, customer_id, order_id, status, started_at, updated_at, completed_at, record_json)
            VALUES ($id, $customer, $order, $status, $started, $updated, $completed, $json)
            ON CONFLICT (id) DO UPDATE SET customer_id = $customer, order_id = $order, status = $status, started_at = $started,
                updated_at = $updated, completed_at = $completed, record_json = $json;
            """;
        command.Parameters.AddWithValue("$id", record.Id);
        command.Parameters.AddWithValue("$customer", record.CustomerId);
        command.Parameters.AddWithValue("$order", (object?)record.OrderId ?? DBNull.Value);
        command.Parameters.AddWithValue("$status", record.Status.ToString());
        command.Parameters.AddWithValue("$started", Format(record.StartedAt));
        command.Parameters.AddWithValue("$updated", Format(record.UpdatedAt));
        command.Parameters.AddWithValue("$completed", record.CompletedAt is { } at ? Format(at) : DBNull.Value);
        command.Parameters.AddWithValue("$json", RecordJson.Serialize(record));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SurveyRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_json FROM survey_records WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? RecordJson.Deserialize<SurveyRecord>(json) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SurveyRecord>> ListByCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_json FROM survey_records WHERE customer_id = $customer ORDER BY started_at DESC, id";
        command.Parameters.AddWithValue("$customer", customerId);
        return await ReadRecordsAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SurveyRecord>> ListStartedBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_json FROM survey_records WHERE started_at >= $from AND started_at < $to ORDER BY started_at, id";
        command.Parameters.AddWithValue("$from", Format(startInclusive));
        command.Parameters.AddWithValue("$to", Format(endExclusive));
        return await ReadRecordsAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> IsOptedOutAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT opted_out FROM survey_consent WHERE customer_id = $customer";
        command.Parameters.AddWithValue("$customer", customerId);
        return await command.ExecuteScalarAsync(cancellationToken) is long optedOut && optedOut != 0;
    }

    /// <inheritdoc />
    public async Task SetOptedOutAsync(string customerId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO survey_consent (customer_id, opted_out, updated_at) VALUES ($customer, $optedOut, $at)
            ON CONFLICT (customer_id) DO UPDATE SET opted_out = $optedOut, updated_at = $at;
            """;
        command.Parameters.AddWithValue("$customer", customerId);
        command.Parameters.AddWithValue("$optedOut", optedOut ? 1 : 0);
        command.Parameters.AddWithValue("$at", Format(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    private static async Task<IReadOnlyList<SurveyRecord>> ReadRecordsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var records = new List<SurveyRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(RecordJson.Deserialize<SurveyRecord>(reader.GetString(0)));
        }

        return records;
    }

    private static string Format(DateTimeOffset value) => SqliteDatabase.Format(value);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);
}
