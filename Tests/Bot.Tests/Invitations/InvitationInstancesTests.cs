using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.ScaleOut;
using SupportBot.Dialogs.Invitations;
using static SupportBot.Bot.Tests.Invitations.InvitationScenario;

namespace SupportBot.Bot.Tests.Invitations;

/// <summary>Two real bot instances on one store — one SQLite file, or one real redis-server — and restarts: passes run
/// on both at once send each invitation exactly once; a bot started after the delivery was registered (by another
/// process that then stopped) sends it; a claim left by an instance that crashed before sending is taken again once
/// its lease ends.</summary>
[Collection(RedisCollection.Name)]
public sealed class InvitationInstancesTests(RedisServerFixture redis) : IAsyncLifetime
{
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public static TheoryData<string> Stores => ["Sqlite", "Redis"];

    /// <summary>Settings for instances that share one store: the same SQLite file, or the same Redis and key prefix.</summary>
    private Dictionary<string, string?> SharedSettings(string kind)
    {
        if (kind == "Redis")
        {
            return Settings(TwoInstances.Settings(redis, $"invitations-{Guid.NewGuid():N}:"));
        }

        var database = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N") + ".db");
        return Settings(new Dictionary<string, string?>
        {
            ["Surveys:SqlitePath"] = database,
            ["Invitations:SqlitePath"] = database,
        });
    }

    private async Task<Customer> TalkAsync(BotHost host)
    {
        var customer = new Customer(host, "es-ES") { ServiceUrl = _connector.ServiceUrl.ToString() };
        await customer.SayAsync("hola");
        return customer;
    }

    private int Invitations(Customer customer, string orderId)
        => _connector.TextsTo(customer.ConversationId).Count(x => x == InvitationTexts.Spanish.Invitation(orderId));

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TwoInstancesPassingAtOnce_SendEachInvitationOnce(string kind)
    {
        var settings = SharedSettings(kind);
        var clock = Clock();
        await using var a = await BotHost.StartAsync(settings, Services(clock));
        await using var b = await BotHost.StartAsync(settings, Services(clock));
        var customers = new List<Customer>();
        for (var i = 0; i < 4; i++)
        {
            var customer = await TalkAsync(i % 2 == 0 ? a : b);
            customers.Add(customer);
            await DeliveredAsync(i % 2 == 0 ? b : a, clock, $"60000{i}", "webchat:" + customer.UserId);
        }

        clock.Advance(TimeSpan.FromDays(7));
        var sent = 0;
        for (var round = 0; round < 3; round++)
        {
            sent += (await Task.WhenAll(Task.Run(() => RunOnceAsync(a)), Task.Run(() => RunOnceAsync(b)))).Sum();
        }

        Assert.Equal(4, sent);
        Assert.All(customers.Select((c, i) => Invitations(c, $"60000{i}")), count => Assert.Equal(1, count));
        Assert.Equal(4, (await Store(b).ListSentAsync(Start, clock.GetUtcNow().AddDays(1), CancellationToken.None)).Count);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ABotStartedAfterTheDelivery_SendsIt(string kind)
    {
        var settings = SharedSettings(kind);
        var clock = Clock();
        string userId;
        await using (var before = await BotHost.StartAsync(settings, Services(clock)))
        {
            userId = (await TalkAsync(before)).UserId;
            await DeliveredAsync(before, clock, "600010", "webchat:" + userId);
        }

        clock.Advance(TimeSpan.FromDays(7));
        await using var after = await BotHost.StartAsync(settings, Services(clock));
        Assert.Equal(1, await RunOnceAsync(after));

        await _connector.WaitForAsync(c => c.Text == InvitationTexts.Spanish.Invitation("600010"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AClaimLeftByACrashedInstance_IsSentOnceItsLeaseEnds(string kind)
    {
        var clock = Clock();
        await using var host = await BotHost.StartAsync(
            SharedSettings(kind).Concat([new("Invitations:ClaimLease", "00:05:00")]).ToDictionary(), Services(clock));
        var customer = await TalkAsync(host);
        await DeliveredAsync(host, clock, "600020", "webchat:" + customer.UserId);
        clock.Advance(TimeSpan.FromDays(7));

        // Another instance claimed it and died before sending.
        Assert.Single(await Store(host).ClaimDueAsync(clock.GetUtcNow(), TimeSpan.FromMinutes(5), 10, CancellationToken.None));
        Assert.Equal(0, await RunOnceAsync(host));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await RunOnceAsync(host));
        Assert.Equal(0, await RunOnceAsync(host));

        Assert.Equal(1, Invitations(customer, "600020"));
    }
}
