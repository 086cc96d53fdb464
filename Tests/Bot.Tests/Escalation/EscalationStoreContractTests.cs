using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Escalation;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>One contract for every escalation store, exercised through the queue's rules as the bot and the agent
/// console use them; "another instance" is a second store over the same data.</summary>
public abstract class EscalationStoreContractTests
{
    private static readonly EscalationOptions Sla = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));

    protected abstract Task<IEscalationStore> CreateStoreAsync();

    /// <summary>A second store over the same data, as another process (or a restarted one) would see it.</summary>
    protected abstract Task<IEscalationStore> ReopenAsync();

    private static CancellationToken None => CancellationToken.None;

    private EscalationService Service(IEscalationStore store) => new(store, Options.Create(Sla), _time, [], NullLogger<EscalationService>.Instance);

    private static EscalationRequest Request(string conversation, EscalationPriority priority = EscalationPriority.High) => new()
    {
        CustomerId = "webchat:ana",
        ChannelId = "webchat",
        ConversationId = conversation,
        Language = Language.Spanish,
        OrderId = "10234",
        Product = "Nimbus X2",
        Csat = 1,
        Nps = 2,
        Comment = "La entrega llegó tarde y nadie contesta. Me doy de baja.",
        Sentiment = new SentimentResult
        {
            Label = SentimentLabel.Negative,
            Scores = new SentimentScores(0.05, 0.1, 0.85),
            Language = Language.Spanish,
            Provider = "offline",
            Sentences =
            [
                new SentenceSentiment("La entrega llegó tarde y nadie contesta.", 0, 40, SentimentLabel.Negative, new SentimentScores(0, 0.1, 0.9),
                    [new AspectOpinion("entrega", ServiceAspect.Delivery, SentimentLabel.Negative, [new OpinionAssessment("tarde", SentimentLabel.Negative, false)])]),
            ],
        },
        Aspects = [ServiceAspect.Delivery, ServiceAspect.Support],
        Decision = new EscalationDecision(true, [EscalationReason.LowCsat, EscalationReason.ChurnIntent], priority),
    };

    private async Task<EscalationCase> CreateAsync(IEscalationStore store, string? conversation = null, EscalationPriority priority = EscalationPriority.High)
    {
        var request = Request(conversation ?? Guid.NewGuid().ToString("N"), priority);
        return await Service(store).CreateAsync(request, EscalationSummary.For(request), [new TranscriptEntry(_time.GetUtcNow(), TranscriptSender.Customer, "hola")], null, None);
    }

    [Fact]
    public async Task Created_IsWaiting_WithItsSla_AndReadsBackWhole_FromAnotherInstance()
    {
        var created = await CreateAsync(await CreateStoreAsync(), priority: EscalationPriority.Urgent);

        var read = await (await ReopenAsync()).GetAsync(created.Id, None);

        Assert.NotNull(read);
        Assert.Equal(EscalationStatus.Waiting, read.Status);
        Assert.Equal(1, read.Version);
        Assert.Equal(_time.GetUtcNow() + Sla.SlaUrgent, read.SlaDueAt);
        Assert.Equal([EscalationReason.LowCsat, EscalationReason.ChurnIntent], read.Request.Decision.Reasons);
        Assert.Equal(EscalationPriority.Urgent, read.Request.Decision.Priority);
        Assert.Equal("tarde", read.Request.Sentiment!.WorstSentence!.Opinions[0].Assessments[0].Text);
        Assert.Equal(created.Summary, read.Summary);
        Assert.Contains("urgente", read.Summary, StringComparison.Ordinal);
        Assert.Equal("hola", Assert.Single(read.History).Text);
    }

    [Fact]
    public async Task WaitingPosition_FollowsTheQueueOrder_AndMovesUpWhenOneAheadIsClaimed()
    {
        var store = await CreateStoreAsync();
        var normal = await CreateAsync(store, priority: EscalationPriority.Normal);
        _time.Advance(TimeSpan.FromMinutes(1));
        var urgent = await CreateAsync(store, priority: EscalationPriority.Urgent);
        _time.Advance(TimeSpan.FromMinutes(1));
        var high = await CreateAsync(store, priority: EscalationPriority.High);
        var other = await ReopenAsync();

        Assert.Equal(1, await other.WaitingPositionAsync(urgent.Id, None));
        Assert.Equal(2, await other.WaitingPositionAsync(high.Id, None));
        Assert.Equal(3, await other.WaitingPositionAsync(normal.Id, None));

        Assert.True((await Service(store).ClaimAsync(urgent.Id, "ana", None)).Succeeded);

        Assert.Null(await other.WaitingPositionAsync(urgent.Id, None));
        Assert.Equal(1, await other.WaitingPositionAsync(high.Id, None));
        Assert.Equal(2, await other.WaitingPositionAsync(normal.Id, None));
        Assert.Null(await other.WaitingPositionAsync("no-such-escalation", None));
    }

    [Fact]
    public async Task TwoAgentsClaimingAtOnce_ExactlyOneWins()
    {
        var created = await CreateAsync(await CreateStoreAsync());
        var agents = new List<(string Agent, EscalationService Service)>();
        for (var i = 0; i < 8; i++)
        {
            agents.Add(($"agent-{i}", Service(await ReopenAsync())));
        }

        var results = await Task.WhenAll(agents.Select(a => Task.Run(() => a.Service.ClaimAsync(created.Id, a.Agent, None))));

        var winners = results.Where(r => r.Succeeded).ToList();
        var winner = Assert.Single(winners);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(EscalationChangeStatus.NotAllowed, r.Status));
        var stored = await (await ReopenAsync()).GetAsync(created.Id, None);
        Assert.Equal(EscalationStatus.Claimed, stored!.Status);
        Assert.Equal(winner.Escalation!.ClaimedBy, stored.ClaimedBy);
    }

    [Fact]
    public async Task ClaimLiveResolveFollowUp_IsRecorded_AndOnlyTheClaimingAgentMayResolve()
    {
        var store = await CreateStoreAsync();
        var service = Service(store);
        var created = await CreateAsync(store, "conv-1");

        Assert.True((await service.ClaimAsync(created.Id, "ana", None)).Succeeded);
        Assert.Equal(EscalationChangeStatus.NotAllowed, (await service.GoLiveAsync(created.Id, "luis", None)).Status);
        Assert.True((await service.GoLiveAsync(created.Id, "ana", None)).Succeeded);
        Assert.Equal(created.Id, (await store.FindOpenByConversationAsync("conv-1", None))?.Id);
        Assert.Equal(EscalationChangeStatus.NotAllowed, (await service.ResolveAsync(created.Id, "luis", EscalationOutcome.Lost, null, None)).Status);
        _time.Advance(TimeSpan.FromMinutes(7));
        Assert.True((await service.ResolveAsync(created.Id, "ana", EscalationOutcome.Discount, "10% en el próximo pedido", None)).Succeeded);
        Assert.True((await service.RecordFollowUpAsync(created.Id, 4, None)).Succeeded);

        var stored = await (await ReopenAsync()).GetAsync(created.Id, None);
        Assert.Equal(EscalationStatus.Resolved, stored!.Status);
        Assert.Equal(EscalationOutcome.Discount, stored.Outcome);
        Assert.Equal("10% en el próximo pedido", stored.AgentNote);
        Assert.Equal(4, stored.FollowUpScore);
        Assert.Equal(_time.GetUtcNow(), stored.ClosedAt);
        Assert.Null(await store.FindOpenByConversationAsync("conv-1", None));
        Assert.DoesNotContain(await store.ListOpenAsync(None), e => e.Id == created.Id);
        Assert.Equal(EscalationChangeStatus.NotAllowed, (await service.ClaimAsync(created.Id, "luis", None)).Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task FollowUpOutsideOneToFive_IsRefused(int score)
    {
        var store = await CreateStoreAsync();
        var service = Service(store);
        var created = await CreateAsync(store);
        await service.ClaimAsync(created.Id, "ana", None);
        await service.ResolveAsync(created.Id, "ana", EscalationOutcome.Retained, null, None);

        Assert.Equal(EscalationChangeStatus.NotAllowed, (await service.RecordFollowUpAsync(created.Id, score, None)).Status);
        Assert.Null((await store.GetAsync(created.Id, None))!.FollowUpScore);
    }

    [Fact]
    public async Task Callback_ThenClaimed_OrCancelled()
    {
        var store = await CreateStoreAsync();
        var service = Service(store);
        var first = await CreateAsync(store);
        var second = await CreateAsync(store);
        var callback = new CallbackRequest("+34 612 345 678", false, _time.GetUtcNow());

        Assert.True((await service.RequestCallbackAsync(first.Id, callback, None)).Succeeded);
        Assert.True((await service.RequestCallbackAsync(second.Id, callback, None)).Succeeded);
        Assert.True((await service.ClaimAsync(first.Id, "ana", None)).Succeeded);
        Assert.True((await service.CancelAsync(second.Id, None)).Succeeded);
        Assert.Equal(EscalationChangeStatus.NotAllowed, (await service.CancelAsync(first.Id, None)).Status);

        var reopened = await ReopenAsync();
        Assert.Equal(callback, (await reopened.GetAsync(first.Id, None))!.Callback);
        Assert.Equal(EscalationStatus.Cancelled, (await reopened.GetAsync(second.Id, None))!.Status);
    }

    [Fact]
    public async Task UnknownEscalation_IsNotFound()
    {
        var service = Service(await CreateStoreAsync());

        Assert.Equal(EscalationChangeStatus.NotFound, (await service.ClaimAsync("nope", "ana", None)).Status);
        Assert.Null(await (await ReopenAsync()).GetAsync("nope", None));
    }

    [Fact]
    public async Task AStaleVersion_DoesNotOverwrite()
    {
        var store = await CreateStoreAsync();
        var created = await CreateAsync(store);
        var stale = (await store.GetAsync(created.Id, None))!;
        await Service(await ReopenAsync()).ClaimAsync(created.Id, "ana", None);

        stale.Status = EscalationStatus.Cancelled;
        Assert.False(await store.TryReplaceAsync(stale, stale.Version, None));
        Assert.Equal(1, stale.Version);
        Assert.Equal(EscalationStatus.Claimed, (await store.GetAsync(created.Id, None))!.Status);
    }

    [Fact]
    public async Task AddingAnExistingId_Throws()
    {
        var store = await CreateStoreAsync();
        var created = await CreateAsync(store);

        await Assert.ThrowsAnyAsync<Exception>(() => store.AddAsync(created, None));
    }

    [Fact]
    public async Task LiveChat_FromTwoInstances_ReadsInOrder_AfterASequence()
    {
        var first = await CreateStoreAsync();
        var second = await ReopenAsync();
        var created = await CreateAsync(first);

        var a = await first.AppendMessageAsync(created.Id, new TranscriptEntry(_time.GetUtcNow(), TranscriptSender.Agent, "Hola, soy Ana", "ana"), None);
        var b = await second.AppendMessageAsync(created.Id, new TranscriptEntry(_time.GetUtcNow(), TranscriptSender.Customer, "<b>hola</b>"), None);
        var c = await first.AppendMessageAsync(created.Id, new TranscriptEntry(_time.GetUtcNow(), TranscriptSender.Agent, "¿Qué pasó?", "ana"), None);

        Assert.True(a.Sequence < b.Sequence && b.Sequence < c.Sequence);
        var all = await second.GetMessagesAsync(created.Id, 0, None);
        Assert.Equal(["Hola, soy Ana", "<b>hola</b>", "¿Qué pasó?"], all.Select(m => m.Text));
        Assert.Equal([a.Sequence, b.Sequence, c.Sequence], all.Select(m => m.Sequence));
        var after = await first.GetMessagesAsync(created.Id, a.Sequence, None);
        Assert.Equal(["<b>hola</b>", "¿Qué pasó?"], after.Select(m => m.Text));
        Assert.Equal("ana", after[1].AgentId);
    }

    [Fact]
    public async Task SlaBreach_IsFlaggedOnce_OnlyForWaitingPastDue()
    {
        var store = await CreateStoreAsync();
        var service = Service(store);
        var urgent = await CreateAsync(store, priority: EscalationPriority.Urgent);
        var low = await CreateAsync(store, priority: EscalationPriority.Low);
        var claimed = await CreateAsync(store, priority: EscalationPriority.Urgent);
        await service.ClaimAsync(claimed.Id, "ana", None);

        _time.Advance(Sla.SlaUrgent - TimeSpan.FromSeconds(1));
        Assert.Empty(await service.FlagSlaBreachesAsync(None));
        _time.Advance(TimeSpan.FromSeconds(2));
        var flagged = await service.FlagSlaBreachesAsync(None);

        Assert.Equal([urgent.Id], flagged.Select(e => e.Id));
        Assert.Empty(await Service(await ReopenAsync()).FlagSlaBreachesAsync(None));
        Assert.Null((await store.GetAsync(low.Id, None))!.SlaBreachedAt);
    }

    [Fact]
    public async Task Listeners_HearCreatedChangedMessageAndSla_AndAFailingOneUndoesNothing()
    {
        var store = await CreateStoreAsync();
        var failing = new RecordingNotifier(fail: true);
        var listener = new RecordingNotifier();
        var service = new EscalationService(store, Options.Create(Sla), _time, [failing, listener], NullLogger<EscalationService>.Instance);
        var request = Request("conv-n", EscalationPriority.Urgent);

        var created = await service.CreateAsync(request, "s", [], null, None);
        await service.AppendMessageAsync(created, new TranscriptEntry(_time.GetUtcNow(), TranscriptSender.Customer, "¿hay alguien?"), None);
        _time.Advance(Sla.SlaUrgent + TimeSpan.FromSeconds(1));
        await service.FlagSlaBreachesAsync(None);
        await service.ClaimAsync(created.Id, "ana", None);

        Assert.Equal(
            [EscalationNotificationKind.Created, EscalationNotificationKind.Message, EscalationNotificationKind.Changed, EscalationNotificationKind.SlaBreached, EscalationNotificationKind.Changed],
            listener.Notifications.Select(n => n.Kind));
        Assert.Equal("¿hay alguien?", listener.Notifications.ElementAt(1).Message!.Text);
        Assert.Equal(5, failing.Notifications.Count);
        Assert.Equal(EscalationStatus.Claimed, (await store.GetAsync(created.Id, None))!.Status);
    }

    [Fact]
    public async Task TeamsCard_IsKeptWithTheEscalation_WithoutAnEvent()
    {
        var store = await CreateStoreAsync();
        var listener = new RecordingNotifier();
        var service = new EscalationService(store, Options.Create(Sla), _time, [listener], NullLogger<EscalationService>.Instance);
        var created = await service.CreateAsync(Request("conv-teams"), "s", [], null, None);

        Assert.True((await service.AttachTeamsCardAsync(created.Id, "{\"conversation\":{\"id\":\"19:x;messageid=1\"}}", "1", None)).Succeeded);

        var read = await (await ReopenAsync()).GetAsync(created.Id, None);
        Assert.Equal(("{\"conversation\":{\"id\":\"19:x;messageid=1\"}}", "1"), (read!.TeamsThreadReference, read.TeamsCardActivityId));
        Assert.Equal([EscalationNotificationKind.Created], listener.Notifications.Select(n => n.Kind));
    }

    [Fact]
    public async Task Expired_LeavesTheOpenList()
    {
        var store = await CreateStoreAsync();
        var created = await CreateAsync(store, "conv-exp");

        Assert.True((await Service(store).ExpireAsync(created.Id, None)).Succeeded);

        Assert.DoesNotContain(await store.ListOpenAsync(None), e => e.Id == created.Id);
        Assert.Null(await (await ReopenAsync()).FindOpenByConversationAsync("conv-exp", None));
    }

    [Fact]
    public async Task ListCreatedBetween_IsHalfOpen_OldestFirst_OpenOrClosed_WithTheirLatestState()
    {
        var store = await CreateStoreAsync();
        var first = await CreateAsync(store);
        _time.Advance(TimeSpan.FromHours(1));
        var second = await CreateAsync(store);
        _time.Advance(TimeSpan.FromDays(2));
        var third = await CreateAsync(store);
        Assert.True((await Service(store).ClaimAsync(first.Id, "ana", None)).Succeeded);
        Assert.True((await Service(store).ResolveAsync(first.Id, "ana", EscalationOutcome.Retained, null, None)).Succeeded);
        var reopened = await ReopenAsync();

        var all = await reopened.ListCreatedBetweenAsync(first.CreatedAt, third.CreatedAt.AddMilliseconds(1), None);
        Assert.Equal([first.Id, second.Id, third.Id], all.Select(e => e.Id));
        Assert.Equal((EscalationStatus.Resolved, EscalationOutcome.Retained), (all[0].Status, all[0].Outcome));
        Assert.True(all[0].Version > 1);

        // Start included, end excluded: [second, third) holds only the second.
        Assert.Equal([second.Id], (await reopened.ListCreatedBetweenAsync(second.CreatedAt, third.CreatedAt, None)).Select(e => e.Id));
        Assert.Empty(await reopened.ListCreatedBetweenAsync(third.CreatedAt.AddDays(1), third.CreatedAt.AddDays(5), None));
    }

    [Fact]
    public async Task ListOpenCreatedUntil_IsInclusive_OldestFirst_AndOpenOnly()
    {
        var store = await CreateStoreAsync();
        var first = await CreateAsync(store);
        _time.Advance(TimeSpan.FromMinutes(30));
        var second = await CreateAsync(store);
        var expired = await CreateAsync(store);
        Assert.True((await Service(store).ExpireAsync(expired.Id, None)).Succeeded);
        _time.Advance(TimeSpan.FromTicks(1));
        var younger = await CreateAsync(store);
        var reopened = await ReopenAsync();

        Assert.Equal([first.Id, second.Id], (await reopened.ListOpenCreatedUntilAsync(second.CreatedAt, None)).Select(e => e.Id));
        Assert.Equal([first.Id], (await reopened.ListOpenCreatedUntilAsync(second.CreatedAt.AddTicks(-1), None)).Select(e => e.Id));
        Assert.Empty(await reopened.ListOpenCreatedUntilAsync(first.CreatedAt.AddMinutes(-1), None));
        Assert.Equal([first.Id, second.Id, younger.Id], (await reopened.ListOpenCreatedUntilAsync(younger.CreatedAt, None)).Select(e => e.Id));
    }
}
