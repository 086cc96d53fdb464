using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Invitations;

namespace SupportBot.Bot.Invitations;

/// <summary>The invitation schedule and conversation references in an embedded SQLite file (by default the survey
/// file). A claim is one <c>UPDATE … WHERE state = 'Pending' AND due_at &lt;= now … RETURNING</c>: SQLite runs writers
/// one at a time, so two schedulers on one file never claim the same row.</summary>
public sealed class SqliteInvitationStore : IInvitationStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS invitations (
            order_id TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            due_at TEXT NOT NULL,
            claim_token TEXT,
            response TEXT,
            body TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_invitations_due ON invitations (state, due_at);
        CREATE TABLE IF NOT EXISTS invitation_sends (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            order_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            body TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_invitation_sends_at ON invitation_sends (sent_at);
        CREATE INDEX IF NOT EXISTS ix_invitation_sends_conversation ON invitation_sends (conversation_id, sequence);
        CREATE TABLE IF NOT EXISTS customer_references (
            customer_id TEXT PRIMARY KEY,
            body TEXT NOT NULL);
        """;

    private const string Columns = "body, state, due_at, claim_token, response";

    private readonly SqliteDatabase _database;

    /// <summary>Creates the store on the configured file.</summary>
    public SqliteInvitationStore(IOptions<InvitationOptions> options, IHostEnvironment environment)
        : this(Path.GetFullPath(options?.Value.SqlitePath ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? Directory.GetCurrentDirectory()))
    {
    }

    /// <summary>Creates the store on <paramref name="path"/>.</summary>
    public SqliteInvitationStore(string path) => _database = new SqliteDatabase(path, Schema);

    /// <inheritdoc />
    public async Task<(ScheduledInvitation Schedule, bool Created)> AddAsync(ScheduledInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO invitations (order_id, state, due_at, claim_token, response, body)
            VALUES ($order, $state, $due, NULL, NULL, $body) ON CONFLICT (order_id) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$order", invitation.OrderId);
        command.Parameters.AddWithValue("$state", invitation.State.ToString());
        command.Parameters.AddWithValue("$due", SqliteDatabase.Format(invitation.DueAt));
        command.Parameters.AddWithValue("$body", RecordJson.Serialize(invitation with { ClaimToken = null, Response = null }));
        var created = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        return (created ? invitation : (await GetAsync(invitation.OrderId, cancellationToken))!, created);
    }

    /// <inheritdoc />
    public async Task<ScheduledInvitation?> GetAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM invitations WHERE order_id = $order;";
        command.Parameters.AddWithValue("$order", orderId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScheduledInvitation>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE invitations SET due_at = $lease, claim_token = $token || order_id
            WHERE state = 'Pending' AND due_at <= $now AND order_id IN (
                SELECT order_id FROM invitations WHERE state = 'Pending' AND due_at <= $now ORDER BY due_at LIMIT $max)
            RETURNING {Columns};
            """;
        command.Parameters.AddWithValue("$now", SqliteDatabase.Format(now));
        command.Parameters.AddWithValue("$lease", SqliteDatabase.Format(now + lease));
        command.Parameters.AddWithValue("$token", Guid.NewGuid().ToString("N") + ":");
        command.Parameters.AddWithValue("$max", max);
        var claimed = new List<ScheduledInvitation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(Read(reader));
        }

        return claimed;
    }

    /// <inheritdoc />
    public async Task<bool> CompleteAsync(string claimToken, ScheduledInvitation updated, SentInvitation? sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updated);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE invitations SET state = $state, due_at = $due, claim_token = NULL, body = $body
                WHERE order_id = $order AND claim_token = $token;
                """;
            command.Parameters.AddWithValue("$order", updated.OrderId);
            command.Parameters.AddWithValue("$token", claimToken);
            command.Parameters.AddWithValue("$state", updated.State.ToString());
            command.Parameters.AddWithValue("$due", SqliteDatabase.Format(updated.DueAt));
            command.Parameters.AddWithValue("$body", RecordJson.Serialize(updated with { ClaimToken = null, Response = null }));
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }
        }

        if (sent is not null)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO invitation_sends (order_id, conversation_id, sent_at, body) VALUES ($order, $conversation, $at, $body);
                """;
            insert.Parameters.AddWithValue("$order", sent.OrderId);
            insert.Parameters.AddWithValue("$conversation", sent.ConversationId);
            insert.Parameters.AddWithValue("$at", SqliteDatabase.Format(sent.SentAt));
            insert.Parameters.AddWithValue("$body", RecordJson.Serialize(sent with { Answered = false }));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<string?> FindOpenOrderAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.order_id, i.response FROM invitation_sends s JOIN invitations i ON i.order_id = s.order_id
            WHERE s.conversation_id = $conversation ORDER BY s.sequence DESC LIMIT 1;
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && reader.IsDBNull(1) ? reader.GetString(0) : null;
    }

    /// <inheritdoc />
    public async Task RecordAsync(string orderId, InvitationResponse response, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE invitations SET response = $response WHERE order_id = $order AND response IS NULL;";
        command.Parameters.AddWithValue("$order", orderId);
        command.Parameters.AddWithValue("$response", response.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SentInvitation>> ListSentAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.body, i.response IS NOT NULL FROM invitation_sends s LEFT JOIN invitations i ON i.order_id = s.order_id
            WHERE s.sent_at >= $from AND s.sent_at < $to ORDER BY s.sent_at, s.sequence;
            """;
        command.Parameters.AddWithValue("$from", SqliteDatabase.Format(since));
        command.Parameters.AddWithValue("$to", SqliteDatabase.Format(until));
        var sent = new List<SentInvitation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sent.Add(RecordJson.Deserialize<SentInvitation>(reader.GetString(0)) with { Answered = reader.GetBoolean(1) });
        }

        return sent;
    }

    /// <inheritdoc />
    public async Task<bool> SaveReferenceAsync(CustomerReference reference, TimeSpan refreshAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.ToWriteOver(await GetReferenceAsync(reference.CustomerId, cancellationToken), refreshAfter) is not { } merged)
        {
            return false;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO customer_references (customer_id, body) VALUES ($customer, $body)
            ON CONFLICT (customer_id) DO UPDATE SET body = excluded.body;
            """;
        command.Parameters.AddWithValue("$customer", merged.CustomerId);
        command.Parameters.AddWithValue("$body", RecordJson.Serialize(merged));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> TryAddReferenceAsync(CustomerReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO customer_references (customer_id, body) VALUES ($customer, $body)
            ON CONFLICT (customer_id) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$customer", reference.CustomerId);
        command.Parameters.AddWithValue("$body", RecordJson.Serialize(reference));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<CustomerReference?> GetReferenceAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM customer_references WHERE customer_id = $customer;";
        command.Parameters.AddWithValue("$customer", customerId);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? RecordJson.Deserialize<CustomerReference>(json) : null;
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    private static ScheduledInvitation Read(SqliteDataReader reader) => RecordJson.Deserialize<ScheduledInvitation>(reader.GetString(0)) with
    {
        State = Enum.Parse<InvitationState>(reader.GetString(1)),
        DueAt = DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
        ClaimToken = reader.IsDBNull(3) ? null : reader.GetString(3),
        Response = reader.IsDBNull(4) ? null : Enum.Parse<InvitationResponse>(reader.GetString(4)),
    };
}
