using SupportBot.Bot.Orders;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>What every self-service action log must do (SQLite and Redis run the same tests).</summary>
public abstract class SelfServiceLogContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 15, 30, TimeSpan.Zero);

    protected abstract Task<ISelfServiceLog> CreateLogAsync();

    [Fact]
    public async Task Actions_AreListedPerConversation_OldestFirst_WithEveryField()
    {
        var log = await CreateLogAsync();
        await log.RecordAsync(new SelfServiceAction(Start, "webchat:ana", "conv-a", SelfServiceActionKind.Verify, "400101", "Verified"), default);
        await log.RecordAsync(new SelfServiceAction(Start.AddMinutes(1), "webchat:luis", "conv-b", SelfServiceActionKind.Invoice, "400102", "NotInvoiced"), default);
        await log.RecordAsync(new SelfServiceAction(Start.AddMinutes(2), "webchat:ana", "conv-a", SelfServiceActionKind.Return, "400101", "Created", "RMA-1234"), default);

        var actions = await log.ListByConversationAsync("conv-a", 10, default);

        Assert.Equal(
        [
            new SelfServiceAction(Start, "webchat:ana", "conv-a", SelfServiceActionKind.Verify, "400101", "Verified"),
            new SelfServiceAction(Start.AddMinutes(2), "webchat:ana", "conv-a", SelfServiceActionKind.Return, "400101", "Created", "RMA-1234"),
        ], actions);
        Assert.Single(await log.ListByConversationAsync("conv-b", 10, default));
        Assert.Empty(await log.ListByConversationAsync("conv-nobody", 10, default));
    }

    [Fact]
    public async Task Limit_KeepsTheMostRecent_StillOldestFirst()
    {
        var log = await CreateLogAsync();
        for (var i = 0; i < 5; i++)
        {
            await log.RecordAsync(new SelfServiceAction(Start.AddMinutes(i), "c", "conv-l", SelfServiceActionKind.Verify, $"40010{i}", "Failed"), default);
        }

        var recent = await log.ListByConversationAsync("conv-l", 2, default);

        Assert.Equal(["400103", "400104"], recent.Select(a => a.OrderNumber));
        Assert.Empty(await log.ListByConversationAsync("conv-l", 0, default));
    }

    [Fact]
    public async Task LongOrPaddedFields_AreTrimmedAndCapped()
    {
        var log = await CreateLogAsync();
        var huge = new string('9', 500);
        await log.RecordAsync(new SelfServiceAction(Start, "  webchat:ana ", "conv-cap", SelfServiceActionKind.OpenOwnOrder, huge, "NotFound", " R-1 "), default);

        var action = Assert.Single(await log.ListByConversationAsync("conv-cap", 10, default));

        Assert.Equal(("webchat:ana", SqliteSelfServiceLog.MaxFieldLength, "R-1"), (action.CustomerId, action.OrderNumber.Length, action.Reference));
    }

    [Fact]
    public async Task ConcurrentActions_AreAllKept()
    {
        var log = await CreateLogAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            log.RecordAsync(new SelfServiceAction(Start, "c", "conv-many", SelfServiceActionKind.Verify, "4001" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "Failed"), default)));

        var actions = await log.ListByConversationAsync("conv-many", 50, default);
        Assert.Equal(20, actions.Select(a => a.OrderNumber).Distinct(StringComparer.Ordinal).Count());
    }
}
