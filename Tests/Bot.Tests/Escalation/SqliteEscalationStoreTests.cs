using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Tests.Escalation;

public sealed class SqliteEscalationStoreTests : EscalationStoreContractTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"), "escalations.db");
    private readonly List<SqliteEscalationStore> _stores = [];

    protected override Task<IEscalationStore> CreateStoreAsync() => ReopenAsync();

    protected override Task<IEscalationStore> ReopenAsync()
    {
        var store = new SqliteEscalationStore(_path);
        _stores.Add(store);
        return Task.FromResult<IEscalationStore>(store);
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }
}
