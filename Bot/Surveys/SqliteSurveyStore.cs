using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
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
        CREATE TABLE IF NOT EXISTS survey_consent (
            customer_id TEXT PRIMARY KEY,
            opted_out INTEGER NOT NULL,
            updated_at TEXT NOT NULL);
        """;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private bool _initialized;

    /// <summary>Creates the store on the configured file (created with its folder on first use).</summary>
    public SqliteSurveyStore(IOptions<SurveyOptions> options, IHostEnvironment environment)
        : this(System.IO.Path.GetFullPath(options?.Value.SqlitePath ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? Directory.GetCurrentDirectory()))
    {
    }

    /// <summary>Creates the store on <paramref name="path"/>.</summary>
    public SqliteSurveyStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 10,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

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
        command.Parameters.AddWithValue("$json", SurveyJson.Serialize(record));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SurveyRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_json FROM survey_records WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? SurveyJson.Deserialize(json) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SurveyRecord>> ListByCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_json FROM survey_records WHERE customer_id = $customer ORDER BY started_at DESC, id";
        command.Parameters.AddWithValue("$customer", customerId);
        var records = new List<SurveyRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(SurveyJson.Deserialize(reader.GetString(0)));
        }

        return records;
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
    public void Dispose() => _initialization.Dispose();

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await EnsureSchemaAsync(cancellationToken);
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _initialized))
        {
            return;
        }

        await _initialization.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;" + Schema;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Volatile.Write(ref _initialized, true);
        }
        finally
        {
            _initialization.Release();
        }
    }
}
