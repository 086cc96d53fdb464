using SupportBot.Bot.Orders;

namespace SupportBot.Bot.Tests.Orders;

public sealed class SqliteSelfServiceLogTests : SelfServiceLogContractTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N") + ".db");
    private readonly List<SqliteSelfServiceLog> _logs = [];

    protected override Task<ISelfServiceLog> CreateLogAsync()
    {
        var log = new SqliteSelfServiceLog(_path);
        _logs.Add(log);
        return Task.FromResult<ISelfServiceLog>(log);
    }

    public void Dispose()
    {
        foreach (var log in _logs)
        {
            log.Dispose();
        }
    }
}
