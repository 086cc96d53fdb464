using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Storage;
using static SupportBot.Bot.Tests.Storage.TestStateTypes;

namespace SupportBot.Bot.Tests.Storage;

public sealed class InMemoryStorageTests : StorageContractTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(Create(timeToLive: null));

    [Fact]
    public async Task TimeToLive_EntryExpiresThatLongAfterItsLastWrite()
    {
        var storage = Create(TimeSpan.FromMinutes(30));
        await WriteAsync(storage, "early", NewTicket("Early"));
        _time.Advance(TimeSpan.FromMinutes(20));
        await WriteAsync(storage, "late", NewTicket("Late"));

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, (await storage.ReadAsync(["early", "late"])).Count);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["late"], (await storage.ReadAsync(["early", "late"])).Keys);

        _time.Advance(TimeSpan.FromMinutes(20));
        Assert.Empty(await storage.ReadAsync(["early", "late"]));
    }

    [Fact]
    public async Task TimeToLive_RewriteRestartsTheClock()
    {
        var storage = Create(TimeSpan.FromMinutes(30));
        await WriteAsync(storage, "ticket", NewTicket());

        _time.Advance(TimeSpan.FromMinutes(25));
        await WriteAsync(storage, "ticket", await ReadTicketAsync(storage, "ticket"));
        _time.Advance(TimeSpan.FromMinutes(25));

        Assert.Single(await storage.ReadAsync(["ticket"]));
    }

    [Fact]
    public async Task TimeToLive_ExpiredEntry_CanBeWrittenWithItsOldETag()
    {
        var storage = Create(TimeSpan.FromMinutes(30));
        await WriteAsync(storage, "ticket", NewTicket());
        var ticket = await ReadTicketAsync(storage, "ticket");

        _time.Advance(TimeSpan.FromHours(1));
        ticket.Title = "After expiry";
        await WriteAsync(storage, "ticket", ticket);

        Assert.Equal("After expiry", (await ReadTicketAsync(storage, "ticket")).Title);
    }

    private InMemoryStorage Create(TimeSpan? timeToLive) =>
        new(Serializer, Options.Create(new StateOptions { TimeToLive = timeToLive }), _time);
}
