using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Orders;

/// <summary>Self-service actions in an embedded SQLite file (by default the one escalations live in).</summary>
public sealed class SqliteSelfServiceLog : ISelfServiceLog, IDisposable
{
    /// <summary>Longest customer id, conversation id, order number or reference kept.</summary>
    public const int MaxFieldLength = 128;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS self_service_actions (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            customer_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            action TEXT NOT NULL,
            order_number TEXT NOT NULL,
            outcome TEXT NOT NULL,
            reference TEXT);
        CREATE INDEX IF NOT EXISTS ix_self_service_conversation ON self_service_actions (conversation_id, sequence);
        """;

    private readonly SqliteDatabase _database;

    /// <summary>Creates the log on the configured file.</summary>
    public SqliteSelfServiceLog(IOptions<OrdersOptions> options, IHostEnvironment environment)
        : this(Path.GetFullPath(options?.Value.ActionLogPath ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? Directory.GetCurrentDirectory()))
    {
    }

    /// <summary>Creates the log on <paramref name="path"/>.</summary>
    public SqliteSelfServiceLog(string path) => _database = new SqliteDatabase(path, Schema);

    /// <inheritdoc />
    public async Task RecordAsync(SelfServiceAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO self_service_actions (at, customer_id, conversation_id, action, order_number, outcome, reference)
            VALUES ($at, $customer, $conversation, $action, $order, $outcome, $reference);
            """;
        command.Parameters.AddWithValue("$at", SqliteDatabase.Format(action.At));
        command.Parameters.AddWithValue("$customer", Cap(action.CustomerId));
        command.Parameters.AddWithValue("$conversation", Cap(action.ConversationId));
        command.Parameters.AddWithValue("$action", action.Action.ToString());
        command.Parameters.AddWithValue("$order", Cap(action.OrderNumber));
        command.Parameters.AddWithValue("$outcome", Cap(action.Outcome));
        command.Parameters.AddWithValue("$reference", action.Reference is null ? DBNull.Value : Cap(action.Reference));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SelfServiceAction>> ListByConversationAsync(string conversationId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT at, customer_id, conversation_id, action, order_number, outcome, reference FROM (
                SELECT * FROM self_service_actions WHERE conversation_id = $conversation ORDER BY sequence DESC LIMIT $limit)
            ORDER BY sequence;
            """;
        command.Parameters.AddWithValue("$conversation", Cap(conversationId ?? string.Empty));
        command.Parameters.AddWithValue("$limit", Math.Max(limit, 0));
        var actions = new List<SelfServiceAction>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            actions.Add(new SelfServiceAction(
                DateTimeOffset.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(1),
                reader.GetString(2),
                Enum.Parse<SelfServiceActionKind>(reader.GetString(3)),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return actions;
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    private static string Cap(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length <= MaxFieldLength ? trimmed : trimmed[..MaxFieldLength];
    }
}
