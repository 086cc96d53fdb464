using SupportBot.Bot.Surveys;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Surveys;

public sealed class SqliteSurveyStoreTests : SurveyStoreContractTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"), "surveys.db");
    private readonly List<SqliteSurveyStore> _stores = [];

    protected override Task<ISurveyStore> CreateStoreAsync() => ReopenAsync();

    protected override Task<ISurveyStore> ReopenAsync()
    {
        var store = new SqliteSurveyStore(_path);
        _stores.Add(store);
        return Task.FromResult<ISurveyStore>(store);
    }

    [Fact]
    public async Task CreatesItsFolderAndFile()
    {
        var store = await CreateStoreAsync();
        await store.IsOptedOutAsync("x", CancellationToken.None);
        Assert.True(File.Exists(_path));
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
