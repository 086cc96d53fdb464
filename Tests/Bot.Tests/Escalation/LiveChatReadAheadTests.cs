using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>The live-chat lookup a message turn begins alongside its state read: answered once, for its own
/// conversation only; every other question goes to the store.</summary>
public sealed class LiveChatReadAheadTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"), "escalations.db");
    private readonly SqliteEscalationStore _store;
    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation("conv-read-ahead"));

    public LiveChatReadAheadTests() => _store = new SqliteEscalationStore(_path);

    [Fact]
    public async Task TheLookupBegun_IsTakenOnce_ForItsConversation()
    {
        var turn = Turn();
        new LiveChatReadAhead(_store).Begin(turn, CancellationToken.None);

        var taken = LiveChatReadAhead.Take(turn, "conv-read-ahead");

        Assert.NotNull(taken);
        Assert.Null(await taken);
        Assert.Null(LiveChatReadAhead.Take(turn, "conv-read-ahead"));
    }

    [Fact]
    public void ALookupForAnotherConversation_OrOutsideATurn_IsNotTheOneBegun()
    {
        var turn = Turn();
        new LiveChatReadAhead(_store).Begin(turn, CancellationToken.None);

        Assert.Null(LiveChatReadAhead.Take(turn, "another-conversation"));
        Assert.Null(LiveChatReadAhead.Take(turn, "conv-read-ahead"));
        Assert.Null(LiveChatReadAhead.Take(null, "conv-read-ahead"));
        Assert.Null(LiveChatReadAhead.Take(Turn(), "conv-read-ahead"));
    }

    [Theory]
    [InlineData(ActivityTypes.Message, 1)]
    [InlineData(ActivityTypes.Event, 0)]
    [InlineData(ActivityTypes.ConversationUpdate, 0)]
    public async Task TheStateReadAhead_BeginsTheOtherReads_OnMessageTurnsOnly(string type, int begun)
    {
        var others = new CountingReadAhead();
        var turn = Turn();
        turn.Activity.Type = type;
        var ran = false;

        await new StateReadAhead(new MemoryStorage(), [others]).OnTurnAsync(turn, _ => { ran = true; return Task.CompletedTask; });

        Assert.True(ran);
        Assert.Equal(begun, others.Begun);
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // The store creates its file on first use only.
        if (Directory.Exists(Path.GetDirectoryName(_path)))
        {
            Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
        }
    }

    private TurnContext Turn()
    {
        var activity = _adapter.MakeActivity("hola");
        activity.ApplyConversationReference(_adapter.Conversation, isIncoming: true);
        return new TurnContext(_adapter, activity);
    }

    private sealed class CountingReadAhead : ITurnReadAhead
    {
        public int Begun { get; private set; }

        public void Begin(ITurnContext turnContext, CancellationToken cancellationToken) => Begun++;
    }
}
