using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Infrastructure;
using static SupportBot.Bot.Tests.Storage.TestStateTypes;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>The SDK's own <see cref="ConversationState"/> over <see cref="RedisStorage"/>: the ETag travels through a
/// turn in the state dictionary, so two turns of one conversation cannot silently overwrite each other.</summary>
[Collection(RedisCollection.Name)]
public sealed class ConversationStateOverRedisTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string TicketProperty = "ticket";

    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation($"storage-{Guid.NewGuid():N}"));
    private IConnectionMultiplexer? _connection;
    private ConversationState? _state;

    private ConversationState State => _state ?? throw new InvalidOperationException("Not connected to Redis.");

    public async Task InitializeAsync()
    {
        _connection = await redis.ConnectAsync();
        var options = Options.Create(new StateOptions { Provider = StateProvider.Redis, KeyPrefix = $"test:{Guid.NewGuid():N}:" });
        _state = new ConversationState(new RedisStorage(_connection, Serializer, options));
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task TwoTurnsOfOneConversation_SecondSaveConflicts()
    {
        var ticket = State.CreateProperty<TestTicket>(TicketProperty);
        await SaveEarlierTurnAsync(ticket);

        using var first = NewTurn();
        using var second = NewTurn();
        await State.LoadAsync(first);
        await State.LoadAsync(second);
        await ticket.SetAsync(first, NewTicket("First turn"));
        await ticket.SetAsync(second, NewTicket("Second turn"));

        await State.SaveChangesAsync(first);
        await Assert.ThrowsAsync<StorageConflictException>(() => State.SaveChangesAsync(second));

        using var later = NewTurn();
        Assert.Equal("First turn", (await ticket.GetAsync(later)).Title);
    }

    [Fact]
    public async Task OneTurnSavingTwice_Succeeds()
    {
        var ticket = State.CreateProperty<TestTicket>(TicketProperty);
        await SaveEarlierTurnAsync(ticket);
        using var turn = NewTurn();

        await ticket.SetAsync(turn, NewTicket("Saved once"));
        await State.SaveChangesAsync(turn);
        (await ticket.GetAsync(turn)).Priority = 5;
        await State.SaveChangesAsync(turn, force: true);
        await ticket.SetAsync(turn, NewTicket("Saved three times"));
        await State.SaveChangesAsync(turn);

        using var later = NewTurn();
        Assert.Equal("Saved three times", (await ticket.GetAsync(later)).Title);
    }

    // Once the conversation is stored, every later load carries an ETag, so saves are conditional.
    private async Task SaveEarlierTurnAsync(IStatePropertyAccessor<TestTicket> ticket)
    {
        using var earlier = NewTurn();
        await ticket.SetAsync(earlier, NewTicket("Earlier turn"));
        await State.SaveChangesAsync(earlier);
    }

    private TurnContext NewTurn()
    {
        var activity = _adapter.MakeActivity("hola");
        activity.ApplyConversationReference(_adapter.Conversation, isIncoming: true);
        return new TurnContext(_adapter, activity);
    }
}
