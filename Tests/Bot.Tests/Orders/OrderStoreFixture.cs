using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Orders;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>A demo store on its own SQLite file, seeded on a fixed day by a fake clock, with the recording wrapper and
/// the action log production uses.</summary>
internal sealed class OrderStoreFixture : IDisposable
{
    /// <summary>The seeding day: Thursday 3 December 2026, 10:00 UTC.</summary>
    public static readonly DateTimeOffset SeedingDay = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private readonly List<IDisposable> _owned = [];

    public OrderStoreFixture(OrdersOptions? options = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"));
        Options = options ?? new OrdersOptions();
        Store = Reopen();
        Log = new SqliteSelfServiceLog(Path.Combine(Folder, "actions.db"));
        _owned.Add(Log);
        Service = new RecordedOrderService(Store, Log, Clock, NullLogger<RecordedOrderService>.Instance);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "orders.db");

    public FakeTimeProvider Clock { get; } = new(SeedingDay);

    public OrdersOptions Options { get; }

    public SqliteOrderStore Store { get; }

    public SqliteSelfServiceLog Log { get; }

    /// <summary>The store as the bot uses it: every action recorded.</summary>
    public IOrderService Service { get; }

    public static DateOnly Today => DateOnly.FromDateTime(SeedingDay.UtcDateTime);

    public static OrderCaller Caller(string conversationId = "conv-1", string customerId = "webchat:u1") => new(customerId, conversationId);

    /// <summary>Another store instance on the same file (a restart, or a second instance).</summary>
    public SqliteOrderStore Reopen()
    {
        var store = new SqliteOrderStore(DatabasePath, Options, Clock);
        _owned.Add(store);
        return store;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
