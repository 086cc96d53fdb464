using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Surveys;

/// <summary>One contract for every survey store.</summary>
public abstract class SurveyStoreContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    protected abstract Task<ISurveyStore> CreateStoreAsync();

    /// <summary>A second store over the same data, as another process (or a restarted one) would see it.</summary>
    protected abstract Task<ISurveyStore> ReopenAsync();

    private static SurveyRecord Record(string customer, DateTimeOffset startedAt, string? order = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        CustomerId = customer,
        ChannelId = "webchat",
        Language = Language.Spanish,
        OrderId = order,
        Product = order is null ? null : "Nimbus X2",
        Csat = 2,
        Nps = 3,
        Segment = CustomerSegment.Detractor,
        Comment = "La entrega llegó tarde. Escribidme a [EMAIL]",
        Sentiment = new SentimentResult
        {
            Label = SentimentLabel.Mixed,
            Scores = new SentimentScores(0.3, 0.1, 0.6),
            Language = Language.Spanish,
            Provider = "offline",
            IsFallback = true,
            Sentences =
            [
                new SentenceSentiment("La entrega llegó tarde.", 0, 23, SentimentLabel.Negative, new SentimentScores(0, 0.1, 0.9),
                    [new AspectOpinion("entrega", ServiceAspect.Delivery, SentimentLabel.Negative, [new OpinionAssessment("tarde", SentimentLabel.Negative, false)])]),
            ],
        },
        Aspects = [ServiceAspect.Delivery, ServiceAspect.Support],
        AspectsInferred = true,
        Escalation = new EscalationDecision(true, [EscalationReason.LowCsat, EscalationReason.DetractorNps], EscalationPriority.High),
        Status = SurveyStatus.Completed,
        NextStep = SurveyStep.Done,
        StartedAt = startedAt,
        UpdatedAt = startedAt.AddMinutes(2),
        CompletedAt = startedAt.AddMinutes(2),
    };

    [Fact]
    public async Task SaveThenGet_RoundTripsEveryField()
    {
        var store = await CreateStoreAsync();
        var record = Record("c-" + Guid.NewGuid().ToString("N"), Start, "10234");
        await store.SaveAsync(record, CancellationToken.None);

        var read = await store.GetAsync(record.Id, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(
            (record.CustomerId, record.ChannelId, record.Language, record.OrderId, record.Product, record.Csat, record.Nps, record.Segment),
            (read.CustomerId, read.ChannelId, read.Language, read.OrderId, read.Product, read.Csat, read.Nps, read.Segment));
        Assert.Equal((record.Comment, record.AspectsInferred), (read.Comment, read.AspectsInferred));
        Assert.Equal(record.Aspects, read.Aspects);
        Assert.Equal((record.Status, record.NextStep, record.StartedAt, record.UpdatedAt, record.CompletedAt),
            (read.Status, read.NextStep, read.StartedAt, read.UpdatedAt, read.CompletedAt));
        Assert.Equal(record.Escalation!.Reasons, read.Escalation!.Reasons);
        Assert.Equal(EscalationPriority.High, read.Escalation.Priority);
        Assert.Equal((SentimentLabel.Mixed, 0.6, true), (read.Sentiment!.Label, read.Sentiment.Scores.Negative, read.Sentiment.IsFallback));
        var opinion = Assert.Single(read.Sentiment.Opinions);
        Assert.Equal(("entrega", ServiceAspect.Delivery, "tarde"), (opinion.Target, opinion.Aspect, opinion.Assessments[0].Text));
        Assert.Equal(0.9, read.Sentiment.WorstSentence!.Scores.Negative);
    }

    [Fact]
    public async Task Save_TwiceWithTheSameId_Replaces()
    {
        var store = await CreateStoreAsync();
        var record = Record("c-" + Guid.NewGuid().ToString("N"), Start);
        await store.SaveAsync(record, CancellationToken.None);
        record.Nps = 9;
        record.Status = SurveyStatus.Abandoned;
        await store.SaveAsync(record, CancellationToken.None);

        var all = await store.ListByCustomerAsync(record.CustomerId, CancellationToken.None);
        var only = Assert.Single(all);
        Assert.Equal((9, SurveyStatus.Abandoned), (only.Nps, only.Status));
    }

    [Fact]
    public async Task ListByCustomer_IsNewestFirst_AndOnlyTheirs()
    {
        var store = await CreateStoreAsync();
        var customer = "c-" + Guid.NewGuid().ToString("N");
        var old = Record(customer, Start.AddDays(-10));
        var recent = Record(customer, Start);
        var someoneElse = Record("other-" + Guid.NewGuid().ToString("N"), Start);
        foreach (var r in new[] { old, recent, someoneElse })
        {
            await store.SaveAsync(r, CancellationToken.None);
        }

        var list = await store.ListByCustomerAsync(customer, CancellationToken.None);
        Assert.Equal([recent.Id, old.Id], list.Select(r => r.Id));
        Assert.Empty(await store.ListByCustomerAsync("nobody-" + Guid.NewGuid().ToString("N"), CancellationToken.None));
    }

    [Fact]
    public async Task Get_Unknown_IsNull()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.GetAsync("missing-" + Guid.NewGuid().ToString("N"), CancellationToken.None));
    }

    [Fact]
    public async Task Consent_DefaultsToIn_OptOutAndBackIn()
    {
        var store = await CreateStoreAsync();
        var customer = "c-" + Guid.NewGuid().ToString("N");
        Assert.False(await store.IsOptedOutAsync(customer, CancellationToken.None));
        await store.SetOptedOutAsync(customer, true, Start, CancellationToken.None);
        Assert.True(await store.IsOptedOutAsync(customer, CancellationToken.None));
        await store.SetOptedOutAsync(customer, false, Start.AddDays(1), CancellationToken.None);
        Assert.False(await store.IsOptedOutAsync(customer, CancellationToken.None));
    }

    [Fact]
    public async Task SavedRecords_AreVisibleToAnotherStoreOverTheSameData()
    {
        var store = await CreateStoreAsync();
        var record = Record("c-" + Guid.NewGuid().ToString("N"), Start, "777");
        await store.SaveAsync(record, CancellationToken.None);
        await store.SetOptedOutAsync(record.CustomerId, true, Start, CancellationToken.None);

        var reopened = await ReopenAsync();
        Assert.Equal(record.Id, (await reopened.GetAsync(record.Id, CancellationToken.None))?.Id);
        Assert.True(await reopened.IsOptedOutAsync(record.CustomerId, CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentSaves_OfDifferentRecords_AreAllKept()
    {
        var store = await CreateStoreAsync();
        var customer = "c-" + Guid.NewGuid().ToString("N");
        var records = Enumerable.Range(0, 40).Select(i => Record(customer, Start.AddMinutes(i))).ToList();
        await Task.WhenAll(records.Select(r => store.SaveAsync(r, CancellationToken.None)));
        Assert.Equal(40, (await store.ListByCustomerAsync(customer, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ListStartedBetween_IsHalfOpen_OldestFirst_EveryCustomer_WithTheLatestVersion()
    {
        var store = await CreateStoreAsync();
        var before = Record("c-" + Guid.NewGuid().ToString("N"), Start.AddMinutes(-1));
        var atStart = Record("c-" + Guid.NewGuid().ToString("N"), Start);
        var later = Record("c-" + Guid.NewGuid().ToString("N"), Start.AddDays(3));
        var atEnd = Record("c-" + Guid.NewGuid().ToString("N"), Start.AddDays(7));
        foreach (var r in new[] { later, atEnd, before, atStart })
        {
            await store.SaveAsync(r, CancellationToken.None);
        }

        later.Nps = 10;
        await store.SaveAsync(later, CancellationToken.None);

        var range = await (await ReopenAsync()).ListStartedBetweenAsync(Start, Start.AddDays(7), CancellationToken.None);
        Assert.Equal([atStart.Id, later.Id], range.Select(r => r.Id));
        Assert.Equal(10, range[1].Nps);
        Assert.Empty(await store.ListStartedBetweenAsync(Start.AddYears(-1), Start.AddYears(-1).AddDays(1), CancellationToken.None));
    }
}
