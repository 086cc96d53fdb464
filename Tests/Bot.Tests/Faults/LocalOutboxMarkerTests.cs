using SupportBot.Bot.Faults;

namespace SupportBot.Bot.Tests.Faults;

/// <summary>The outbox answers "nothing waiting" from its marker file without opening SQLite, and the marker never hides
/// a record: not from another instance sharing the file, not after a partial removal, not in a file written without one.</summary>
public sealed class LocalOutboxMarkerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "supportbot-tests", $"outbox-marker-{Guid.NewGuid():N}.db");

    private string Marker => _path + ".pending";

    private static CancellationToken None => CancellationToken.None;

    private LocalOutbox Open() => new(_path, TimeProvider.System);

    [Fact]
    public async Task EmptyOutbox_HasNoMarker_AWriteSetsIt_TheLastRemovalClearsIt()
    {
        using var outbox = Open();

        Assert.Null(await outbox.FindAsync(LocalOutbox.Survey, "s-1", None));
        await outbox.RemoveAsync(LocalOutbox.Survey, "s-1", None);
        Assert.False(File.Exists(Marker));

        await outbox.PutAsync(LocalOutbox.Survey, "s-1", "webchat:ana", "{\"n\":1}", None);
        await outbox.PutAsync(LocalOutbox.Escalation, "e-1", "conv-1", "{\"n\":2}", None);
        Assert.True(File.Exists(Marker));
        Assert.Equal("{\"n\":1}", (await outbox.FindAsync(LocalOutbox.Survey, "s-1", None))?.Json);

        await outbox.RemoveAsync(LocalOutbox.Survey, "s-1", None);
        Assert.True(File.Exists(Marker));
        Assert.Null(await outbox.FindAsync(LocalOutbox.Survey, "s-1", None));
        Assert.Equal("e-1", (await outbox.FindByScopeAsync(LocalOutbox.Escalation, "conv-1", None))?.Id);

        await outbox.RemoveAsync(new("escalation", "e-1", "{\"n\":2}"), None);
        Assert.False(File.Exists(Marker));
        Assert.Null(await outbox.FindByScopeAsync(LocalOutbox.Escalation, "conv-1", None));
        Assert.Equal(0, await outbox.CountAsync(None));
    }

    [Fact]
    public async Task AnotherInstanceOnTheSameFile_SeesTheRecord_AndItsRemoval()
    {
        using var first = Open();
        using var second = Open();
        Assert.Null(await second.FindAsync(LocalOutbox.Survey, "s-1", None));

        await first.PutAsync(LocalOutbox.Survey, "s-1", "webchat:ana", "{}", None);
        Assert.Equal("s-1", (await second.FindAsync(LocalOutbox.Survey, "s-1", None))?.Id);

        await second.RemoveAsync(LocalOutbox.Survey, "s-1", None);
        Assert.Null(await first.FindAsync(LocalOutbox.Survey, "s-1", None));
    }

    [Fact]
    public async Task FileWithRecordsButNoMarker_TheRecordsAreStillFound()
    {
        using (var earlier = Open())
        {
            await earlier.PutAsync(LocalOutbox.Escalation, "e-1", "conv-1", "{}", None);
        }

        File.Delete(Marker);
        using var outbox = Open();

        Assert.Equal("e-1", (await outbox.FindByScopeAsync(LocalOutbox.Escalation, "conv-1", None))?.Id);
        Assert.True(File.Exists(Marker));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", Marker })
        {
            File.Delete(file);
        }
    }
}
