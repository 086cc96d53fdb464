using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Invitations;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Invitations;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Invitations;

/// <summary>The same contract for the SQLite and the Redis store (a real redis-server): one schedule per order, claims
/// that two stores (two instances) never share, a lease that ends after a crash, a completion refused to a claim that
/// lost its lease, the sent-invitations query with answers, conversation references written only when changed, and
/// everything still there for a new store on the same file or Redis (a restart).</summary>
[Collection(RedisCollection.Name)]
public sealed class InvitationStoreContractTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = InvitationScenario.Start;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private IConnectionMultiplexer _connection = null!;

    public async Task InitializeAsync() => _connection = await redis.ConnectAsync();

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    public static TheoryData<string> Stores => ["Sqlite", "Redis"];

    /// <summary>A place for one test's data: a fresh SQLite file or Redis prefix; every store made for it shares it.</summary>
    private Func<IInvitationStore> Place(string kind)
    {
        if (kind == "Redis")
        {
            var prefix = $"invitations-{Guid.NewGuid():N}:";
            return () => new RedisInvitationStore(_connection, Options.Create(new StateOptions { KeyPrefix = prefix }));
        }

        var path = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N") + ".invitations.db");
        return () => new SqliteInvitationStore(path);
    }

    private static ScheduledInvitation Invitation(string orderId, DateTimeOffset dueAt) => new()
    {
        OrderId = orderId,
        CustomerId = "C42",
        DeliveredAt = dueAt.AddDays(-7),
        Language = Language.English,
        TimeZone = "Europe/London",
        CreatedAt = Now,
        DueAt = dueAt,
    };

    private static SentInvitation Sent(ScheduledInvitation invitation, string conversationId, DateTimeOffset at, bool reminder = false)
        => new(invitation.OrderId, invitation.CustomerId, "webchat", conversationId, Language.English, at, reminder, false);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AnOrderIsScheduledOnce_AndOnlyWhatIsDueIsClaimed(string kind)
    {
        var store = Place(kind)();
        var (first, created) = await store.AddAsync(Invitation("A1", Now), CancellationToken.None);
        var (again, createdAgain) = await store.AddAsync(Invitation("A1", Now.AddDays(3)) with { CustomerId = "someone else" }, CancellationToken.None);
        await store.AddAsync(Invitation("A2", Now.AddMinutes(1)), CancellationToken.None);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal((Now, "C42"), (again.DueAt, again.CustomerId));
        Assert.Equal(first with { ClaimToken = null }, again);

        var claimed = Assert.Single(await store.ClaimDueAsync(Now, Lease, 10, CancellationToken.None));
        Assert.Equal(("A1", Now + Lease, InvitationState.Pending), (claimed.OrderId, claimed.DueAt, claimed.State));
        Assert.NotNull(claimed.ClaimToken);
        Assert.Equal((Language.English, "Europe/London"), (claimed.Language, claimed.TimeZone));
        Assert.Empty(await store.ClaimDueAsync(Now, Lease, 10, CancellationToken.None));
        Assert.Null(await store.GetAsync("nope", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TwoInstancesClaimingAtOnce_NeverGetTheSameInvitation(string kind)
    {
        var place = Place(kind);
        var setup = place();
        var orders = Enumerable.Range(0, 40).Select(i => $"B{i:D2}").ToList();
        foreach (var order in orders)
        {
            await setup.AddAsync(Invitation(order, Now.AddSeconds(-orders.IndexOf(order))), CancellationToken.None);
        }

        var instances = new[] { place(), place() };
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => instances[i % 2].ClaimDueAsync(Now, Lease, 7, CancellationToken.None))));

        var claimed = claims.SelectMany(c => c).Select(c => c.OrderId).ToList();
        Assert.Equal(claimed.Count, claimed.Distinct().Count());
        Assert.Equal(orders.Order(), claimed.Order());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AClaimWhoseLeaseEnded_IsTakenAgain_AndTheFirstClaimCanNoLongerRecordASend(string kind)
    {
        var store = Place(kind)();
        await store.AddAsync(Invitation("C1", Now), CancellationToken.None);
        var crashed = Assert.Single(await store.ClaimDueAsync(Now, Lease, 10, CancellationToken.None));

        // Still within the lease: nobody else takes it. After it: another instance does.
        Assert.Empty(await store.ClaimDueAsync(Now + Lease - TimeSpan.FromSeconds(1), Lease, 10, CancellationToken.None));
        var recovered = Assert.Single(await store.ClaimDueAsync(Now + Lease, Lease, 10, CancellationToken.None));
        Assert.NotEqual(crashed.ClaimToken, recovered.ClaimToken);

        var done = recovered with { State = InvitationState.Done, DueAt = Now + Lease };
        Assert.False(await store.CompleteAsync(crashed.ClaimToken!, done, Sent(recovered, "conv-1", Now), CancellationToken.None));
        Assert.True(await store.CompleteAsync(recovered.ClaimToken!, done, Sent(recovered, "conv-1", Now + Lease), CancellationToken.None));
        // A completion is recorded once: the token is spent.
        Assert.False(await store.CompleteAsync(recovered.ClaimToken!, done, Sent(recovered, "conv-1", Now + Lease), CancellationToken.None));

        var sent = Assert.Single(await store.ListSentAsync(Now, Now.AddDays(1), CancellationToken.None));
        Assert.Equal(Now + Lease, sent.SentAt);
        Assert.Equal(InvitationState.Done, (await store.GetAsync("C1", CancellationToken.None))!.State);
        Assert.Empty(await store.ClaimDueAsync(Now.AddDays(30), Lease, 10, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task SentInvitations_AreListedByTime_WithTheirAnswers_AndTheOpenOneIsFoundByConversation(string kind)
    {
        var store = Place(kind)();
        await store.AddAsync(Invitation("D1", Now), CancellationToken.None);
        await store.AddAsync(Invitation("D2", Now), CancellationToken.None);
        foreach (var claim in await store.ClaimDueAsync(Now, Lease, 10, CancellationToken.None))
        {
            var reminderDue = claim with { Stage = InvitationStage.Reminder, DueAt = Now.AddDays(3) };
            Assert.True(await store.CompleteAsync(claim.ClaimToken!, reminderDue, Sent(claim, "conv-" + claim.OrderId, Now), CancellationToken.None));
        }

        Assert.Equal("D1", await store.FindOpenOrderAsync("conv-D1", CancellationToken.None));
        await store.RecordAsync("D1", InvitationResponse.Accepted, Now.AddHours(1), CancellationToken.None);
        await store.RecordAsync("D1", InvitationResponse.Declined, Now.AddHours(2), CancellationToken.None);
        Assert.Null(await store.FindOpenOrderAsync("conv-D1", CancellationToken.None));
        Assert.Null(await store.FindOpenOrderAsync("conv-unknown", CancellationToken.None));
        Assert.Equal(InvitationResponse.Accepted, (await store.GetAsync("D1", CancellationToken.None))!.Response);

        // Three days later both reminders are due; D1's claim sees the answer (no reminder), D2's is sent.
        var reminders = (await store.ClaimDueAsync(Now.AddDays(3), Lease, 10, CancellationToken.None)).OrderBy(r => r.OrderId).ToList();
        Assert.Equal(
            [("D1", InvitationStage.Reminder, (InvitationResponse?)InvitationResponse.Accepted), ("D2", InvitationStage.Reminder, null)],
            reminders.Select(r => (r.OrderId, r.Stage, r.Response)).ToList());
        Assert.True(await store.CompleteAsync(
            reminders[0].ClaimToken!, reminders[0] with { State = InvitationState.Done, Reason = "answered" }, null, CancellationToken.None));
        Assert.True(await store.CompleteAsync(
            reminders[1].ClaimToken!, reminders[1] with { State = InvitationState.Done }, Sent(reminders[1], "conv-D2", Now.AddDays(3), reminder: true), CancellationToken.None));
        Assert.Equal("answered", (await store.GetAsync("D1", CancellationToken.None))!.Reason);

        var all = await store.ListSentAsync(Now, Now.AddDays(4), CancellationToken.None);
        Assert.Equal(
            [("D1", false, true), ("D2", false, false), ("D2", true, false)],
            all.Select(s => (s.OrderId, s.IsReminder, s.Answered)).OrderBy(s => s.IsReminder).ThenBy(s => s.OrderId).ToList());
        Assert.All(all, s => Assert.Equal(("C42", "webchat", Language.English), (s.CustomerId, s.ChannelId, s.Language)));
        // The range's end is exclusive; its start inclusive.
        Assert.Equal(2, (await store.ListSentAsync(Now, Now.AddDays(3), CancellationToken.None)).Count);
        Assert.Single(await store.ListSentAsync(Now.AddDays(3), Now.AddDays(3).AddTicks(TimeSpan.TicksPerMillisecond), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task References_AreWrittenOnlyWhenTheyChange_OrHourly(string kind)
    {
        var store = Place(kind)();
        var reference = new CustomerReference("C42", "webchat:u1", "webchat", "conv-1", "{\"serviceUrl\":\"http://x/\"}", Language.Spanish, "Europe/Madrid", Now);

        Assert.True(await store.SaveReferenceAsync(reference, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.False(await store.SaveReferenceAsync(reference with { LastSeenAt = Now.AddMinutes(10) }, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.True(await store.SaveReferenceAsync(reference with { LastSeenAt = Now.AddMinutes(20), Language = Language.English }, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.True(await store.SaveReferenceAsync(reference with { LastSeenAt = Now.AddHours(2), Language = Language.English }, TimeSpan.FromHours(1), CancellationToken.None));

        Assert.Equal(reference with { LastSeenAt = Now.AddHours(2), Language = Language.English }, await store.GetReferenceAsync("C42", CancellationToken.None));
        // A turn that tells no time zone keeps the one told before.
        Assert.False(await store.SaveReferenceAsync(reference with { LastSeenAt = Now.AddHours(2), Language = Language.English, TimeZone = null }, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.True(await store.SaveReferenceAsync(reference with { LastSeenAt = Now.AddHours(2), ConversationId = "conv-2", TimeZone = null }, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.Equal(("conv-2", "Europe/Madrid"), ((await store.GetReferenceAsync("C42", CancellationToken.None))!.ConversationId, (await store.GetReferenceAsync("C42", CancellationToken.None))!.TimeZone));
        Assert.Null(await store.GetReferenceAsync("C43", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task AFirstReference_IsAddedInOneStep_AndNeverOverAStoredOne(string kind)
    {
        var store = Place(kind)();
        var reference = new CustomerReference("C42", "webchat:u1", "webchat", "conv-1", "{\"serviceUrl\":\"http://x/\"}", Language.Spanish, "Europe/Madrid", Now);

        Assert.True(await store.TryAddReferenceAsync(reference, CancellationToken.None));
        Assert.Equal(reference, await store.GetReferenceAsync("C42", CancellationToken.None));

        // One is stored: the add declines and leaves it as it was; the merging save still works over it.
        var later = reference with { ConversationId = "conv-2", TimeZone = null, LastSeenAt = Now.AddMinutes(5) };
        Assert.False(await store.TryAddReferenceAsync(later, CancellationToken.None));
        Assert.Equal(reference, await store.GetReferenceAsync("C42", CancellationToken.None));
        Assert.True(await store.SaveReferenceAsync(later, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.Equal(later with { TimeZone = "Europe/Madrid" }, await store.GetReferenceAsync("C42", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ANewStoreOnTheSamePlace_SeesTheSchedule_AsAfterARestart(string kind)
    {
        var place = Place(kind);
        var before = place();
        await before.AddAsync(Invitation("E1", Now.AddDays(7)), CancellationToken.None);
        await before.SaveReferenceAsync(
            new CustomerReference("C42", "webchat:u1", "webchat", "conv-1", "{}", Language.Spanish, null, Now), TimeSpan.FromHours(1), CancellationToken.None);
        (before as IDisposable)?.Dispose();

        var after = place();
        Assert.Empty(await after.ClaimDueAsync(Now, Lease, 10, CancellationToken.None));
        Assert.Equal("E1", Assert.Single(await after.ClaimDueAsync(Now.AddDays(7), Lease, 10, CancellationToken.None)).OrderId);
        Assert.NotNull(await after.GetReferenceAsync("C42", CancellationToken.None));
    }
}
