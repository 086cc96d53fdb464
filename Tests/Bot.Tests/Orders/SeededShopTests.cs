using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Orders;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>Tests of the real bot over HTTP with the real embedded SQLite demo shop, seeded on a fixed day by a fake clock
/// (a fresh bot and shop per test).</summary>
public abstract class SeededShopTests : IAsyncLifetime
{
    /// <summary>The day the demo shop is seeded, 10:00 UTC.</summary>
    protected static DateTimeOffset SeedingDay { get; } = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The seeding day's date.</summary>
    protected static DateOnly Today { get; } = DateOnly.FromDateTime(SeedingDay.UtcDateTime);

    /// <summary>The bot's clock.</summary>
    protected FakeTimeProvider Clock { get; } = new(SeedingDay);

    /// <summary>The running bot.</summary>
    protected BotHost Host { get; private set; } = null!;

    /// <summary>The bot's demo shop.</summary>
    protected SqliteOrderStore Store => Host.Services.GetRequiredService<SqliteOrderStore>();

    /// <inheritdoc />
    public async Task InitializeAsync() => Host = await BotHost.StartAsync(configureServices: s => s.AddSingleton<TimeProvider>(Clock));

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync();
}
