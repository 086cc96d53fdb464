using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SupportBot.Bot.Storage;
using static SupportBot.Bot.Tests.Storage.TestStateTypes;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>Conversation and user state told changed by their stored JSON (<see cref="StoredJsonTracking"/>): the
/// SDK's rules, counted in writes that reach the store.</summary>
public sealed class TrackedStateTests
{
    private const string TicketProperty = "ticket";

    private readonly JsonRoundTripStorage _storage = new();
    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation($"tracked-{Guid.NewGuid():N}"));

    [Fact]
    public async Task AStateReadAndLeftAlone_IsNotWritten_AChangedOneOnce()
    {
        var state = new TrackedConversationState(_storage);
        var ticket = state.CreateProperty<TestTicket>(TicketProperty);
        await SaveEarlierTurnAsync(state, ticket, NewTicket("Earlier"));
        var before = _storage.Writes;

        using (var unchanged = NewTurn())
        {
            Assert.Equal("Earlier", (await ticket.GetAsync(unchanged)).Title);
            await state.SaveChangesAsync(unchanged);
        }

        Assert.Equal(before, _storage.Writes);

        using var changed = NewTurn();
        (await ticket.GetAsync(changed)).Priority = 5;
        await state.SaveChangesAsync(changed);
        await state.SaveChangesAsync(changed);
        Assert.Equal(before + 1, _storage.Writes);

        using var later = NewTurn();
        Assert.Equal(5, (await ticket.GetAsync(later)).Priority);
    }

    [Fact]
    public async Task AStateNotInTheStore_IsWrittenOnlyOnceSomethingIsSet()
    {
        var state = new TrackedUserState(_storage);
        var ticket = state.CreateProperty<TestTicket>(TicketProperty);

        using (var untouched = NewTurn())
        {
            await state.LoadAsync(untouched);
            Assert.Null(await ticket.GetAsync(untouched));
            await state.SaveChangesAsync(untouched);
        }

        Assert.Equal(0, _storage.Writes);

        using var set = NewTurn();
        await ticket.SetAsync(set, NewTicket("New"));
        await state.SaveChangesAsync(set);
        Assert.Equal(1, _storage.Writes);

        using var later = NewTurn();
        Assert.Equal("New", (await ticket.GetAsync(later)).Title);
    }

    [Fact]
    public async Task Force_AndAClearedState_AlwaysWrite_ANeverLoadedStateNever()
    {
        var state = new TrackedConversationState(_storage);
        var ticket = state.CreateProperty<TestTicket>(TicketProperty);
        await SaveEarlierTurnAsync(state, ticket, NewTicket("Earlier"));
        var before = _storage.Writes;

        using (var notLoaded = NewTurn())
        {
            await state.SaveChangesAsync(notLoaded, force: true);
        }

        Assert.Equal(before, _storage.Writes);

        using (var forced = NewTurn())
        {
            await state.LoadAsync(forced);
            await state.SaveChangesAsync(forced, force: true);
        }

        Assert.Equal(before + 1, _storage.Writes);

        using (var cleared = NewTurn())
        {
            await state.LoadAsync(cleared);
            await state.ClearStateAsync(cleared);
            await state.SaveChangesAsync(cleared);
        }

        Assert.Equal(before + 2, _storage.Writes);
        using var later = NewTurn();
        Assert.Null(await ticket.GetAsync(later));
    }

    [Fact]
    public async Task TwoTurnsOfOneConversation_SecondSaveConflicts()
    {
        var state = new TrackedConversationState(_storage);
        var ticket = state.CreateProperty<TestTicket>(TicketProperty);
        await SaveEarlierTurnAsync(state, ticket, NewTicket("Earlier"));

        using var first = NewTurn();
        using var second = NewTurn();
        (await ticket.GetAsync(first)).Title = "First turn";
        (await ticket.GetAsync(second)).Title = "Second turn";

        await state.SaveChangesAsync(first);
        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(second));

        using var later = NewTurn();
        Assert.Equal("First turn", (await ticket.GetAsync(later)).Title);
    }

    [Fact]
    public async Task ADeletedState_IsGone_AndWrittenAgainWhenSet()
    {
        var state = new TrackedConversationState(_storage);
        var ticket = state.CreateProperty<TestTicket>(TicketProperty);
        await SaveEarlierTurnAsync(state, ticket, NewTicket("Earlier"));

        using var turn = NewTurn();
        await state.LoadAsync(turn);
        await state.DeleteAsync(turn);
        Assert.Null(await ticket.GetAsync(turn));
        await ticket.SetAsync(turn, NewTicket("Again"));
        await state.SaveChangesAsync(turn);

        using var later = NewTurn();
        Assert.Equal("Again", (await ticket.GetAsync(later)).Title);
    }

    private async Task SaveEarlierTurnAsync(BotState state, IStatePropertyAccessor<TestTicket> ticket, TestTicket value)
    {
        using var earlier = NewTurn();
        await ticket.SetAsync(earlier, value);
        await state.SaveChangesAsync(earlier);
    }

    private TurnContext NewTurn()
    {
        var activity = _adapter.MakeActivity("hola");
        activity.ApplyConversationReference(_adapter.Conversation, isIncoming: true);
        return new TurnContext(_adapter, activity);
    }
}
