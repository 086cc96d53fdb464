using SupportBot.Bot.Knowledge;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Knowledge;

/// <summary>What every feedback store must do.</summary>
public abstract class KnowledgeFeedbackStoreContractTests
{
    protected abstract IKnowledgeFeedbackStore CreateStore();

    [Fact]
    public async Task NothingRecorded_CountsNothing()
    {
        var store = CreateStore();

        Assert.Empty(await store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Answers_AreCountedPerArticle_WhateverTheLanguage()
    {
        var store = CreateStore();
        await store.RecordAsync(new KnowledgeFeedback("shipping", Language.Spanish, true, "c1"), CancellationToken.None);
        await store.RecordAsync(new KnowledgeFeedback("shipping", Language.English, true, "c2"), CancellationToken.None);
        await store.RecordAsync(new KnowledgeFeedback("shipping", Language.Spanish, false, "c3"), CancellationToken.None);
        await store.RecordAsync(new KnowledgeFeedback("returns", Language.English, false, "c4"), CancellationToken.None);

        var counts = await store.CountAsync(CancellationToken.None);

        Assert.Equal(
            [new ArticleFeedbackCount("returns", 0, 1), new ArticleFeedbackCount("shipping", 2, 1)],
            counts);
    }

    [Fact]
    public async Task ConcurrentAnswers_AreAllCounted()
    {
        var store = CreateStore();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            store.RecordAsync(new KnowledgeFeedback("warranty", Language.Spanish, i % 4 != 0, "c" + i), CancellationToken.None)));

        Assert.Equal([new ArticleFeedbackCount("warranty", 15, 5)], await store.CountAsync(CancellationToken.None));
    }
}
