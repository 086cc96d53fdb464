using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using static SupportBot.Dialogs.Tests.Engine.EngineHarness;

namespace SupportBot.Dialogs.Tests.Engine;

public sealed class DialogEngineTests
{
    private static EngineHarness Feedback(int version = 1, IStorage? storage = null, IEnumerable<IInterrupt>? interrupts = null)
        => new([new RootDialog(), new FeedbackWaterfall { VersionOverride = version }], interrupts, storage: storage);

    [Fact]
    public async Task Waterfall_PassesTypedResultsAndStateAcrossTurns()
    {
        await Feedback().Flow()
            .Send("hola").AssertReply(Says("¿Nombre?"))
            .Send("Ana").AssertReply(Says("¿Nota?"))
            .Send("cuatro").AssertReply(Says("Ana:4:name,rating,summary"))
            .AssertReply(Says("root got 4"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_OffersButtonsAndRetriesWithItsRetryText()
    {
        await Feedback().Flow()
            .Send("hola").AssertReply(Says("¿Nombre?"))
            .Send("Ana").AssertReply(HasButtons("1", "2", "3", "4", "5"))
            .Send("mañana").AssertReply(Says("Del 1 al 5. ¿Nota?"))
            .Send("★★").AssertReply(Says("Ana:2:name,rating,summary"))
            .AssertReply(Says("root got 2"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_GivesUpAfterRetryLimit_ParentGetsNoValue()
    {
        await Feedback().Flow()
            .Send("hola").AssertReply(Says("¿Nombre?"))
            .Send("Ana").AssertReply(Says("¿Nota?"))
            .Send("ni idea").AssertReply(Says("Del 1 al 5. ¿Nota?"))
            .Send("tampoco").AssertReply(Says("sin nota"))
            .AssertReply(Says("root got nothing"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_SpeaksTheTurnLanguage()
    {
        var harness = Feedback();
        harness.Language = Language.English;
        await harness.Flow()
            .Send("hi").AssertReply(Says("Name?"))
            .Send("Bob").AssertReply(Says("Rating?"))
            .Send("7").AssertReply(Says("From 1 to 5. Rating?"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Stack_IsPersistedAsTypedFramesInConversationState()
    {
        var harness = Feedback();
        await harness.Flow()
            .Send("hola").AssertReply(Says("¿Nombre?"))
            .Send("Ana").AssertReply(Says("¿Nota?"))
            .StartTestAsync();

        var stored = await harness.Storage.ReadAsync(["test/conversations/engine"], CancellationToken.None);
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(stored.Values.Single());
        Assert.Contains("\"DialogId\":\"root\"", json, StringComparison.Ordinal);
        Assert.Contains("\"DialogId\":\"feedback\"", json, StringComparison.Ordinal);
        Assert.Contains("\"DialogId\":\"prompt.rating\"", json, StringComparison.Ordinal);
        Assert.Contains("Ana", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedDialogVersion_RestartsPolitelyInsteadOfCrashing()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("engine"));
        await Feedback(version: 1, storage: storage).Flow(adapter)
            .Send("hola").AssertReply(Says("¿Nombre?"))
            .StartTestAsync();

        await Feedback(version: 2, storage: storage).Flow(adapter)
            .Send("Ana").AssertReply(Says(Texts.Spanish.ConversationRestarted))
            .AssertReply(Says("¿Nombre?"))
            .StartTestAsync();
    }

    [Fact]
    public async Task UnknownDialogInStoredStack_RestartsPolitely()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("engine"));
        await Feedback(storage: storage).Flow(adapter)
            .Send("hola").AssertReply(Says("¿Nombre?"))
            .StartTestAsync();

        var withoutFeedback = new EngineHarness([new EchoRoot()], storage: storage);
        await withoutFeedback.Flow(adapter)
            .Send("Ana").AssertReply(Says(Texts.Spanish.ConversationRestarted))
            .AssertReply(Says("echo"))
            .StartTestAsync();
    }

    [Fact]
    public async Task MaxDepth_StopsRunawayNesting()
    {
        var harness = new EngineHarness([new RecursiveDialog()], maxDepth: 4);
        var adapter = new TestAdapter(TestAdapter.CreateConversation("engine"));
        Exception? failure = null;
        adapter.OnTurnError = (_, e) =>
        {
            failure = e;
            return Task.CompletedTask;
        };
        await harness.Flow(adapter).Send("hola").StartTestAsync();
        var depth = Assert.IsType<DialogDepthExceededException>(failure);
        Assert.Contains("4", depth.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interrupt_SeesTheMessageBeforeTheActiveDialog()
    {
        await Feedback(interrupts: [new StopInterrupt(), new AgainInterrupt()]).Flow()
            .Send("hola").AssertReply(Says("¿Nombre?"))
            .Send("Ana").AssertReply(Says("¿Nota?"))
            .Send("again").AssertReply(Says("¿Nota?"))
            .Send("STOP").AssertReply(Says("stopped"))
            .Send("hola").AssertReply(Says("¿Nombre?"))
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginWithStateOfTheWrongType_IsRefused()
    {
        var harness = Feedback();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("engine"));
        Exception? failure = null;
        adapter.OnTurnError = (_, e) =>
        {
            failure = e;
            return Task.CompletedTask;
        };
        var runner = new DialogRunner(
            new DialogSet([new WrongStateRoot(), new FeedbackWaterfall(), .. StandardPrompts()]),
            harness.Stack,
            [],
            RootId,
            new DialogEngineSettings(8));
        await new TestFlow(adapter, (turn, ct) => runner.RunAsync(turn, Language.Spanish, ct)).Send("x").StartTestAsync();
        Assert.IsType<InvalidOperationException>(failure);
    }

    [Fact]
    public async Task BeginWithInitialState_StartsFromIt()
    {
        var harness = new EngineHarness([new PrefilledRoot(), new FeedbackWaterfall()]);
        await harness.Flow()
            .Send("hola").AssertReply(Says("¿Nota?"))
            .Send("5").AssertReply(Says("Luis:5:name,rating,summary"))
            .StartTestAsync();
    }

    private sealed class EchoRoot : Dialog
    {
        public override string Id => RootId;

        public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            await dc.SendAsync("echo", cancellationToken);
            return await dc.EndDialogAsync(DialogOutcome.None, cancellationToken);
        }

        public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
            => dc.EndDialogAsync(DialogOutcome.None, cancellationToken);
    }

    private sealed class WrongStateRoot : Dialog
    {
        public override string Id => RootId;

        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
            => dc.BeginDialogAsync(FeedbackWaterfall.DialogId, new NoState(), cancellationToken);

        public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
            => BeginAsync(dc, cancellationToken);
    }

    private sealed class PrefilledRoot : Dialog
    {
        public override string Id => RootId;

        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
            => dc.BeginDialogAsync(FeedbackWaterfall.DialogId, new OrderFeedback { Name = "Luis" }, cancellationToken);

        public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
            => BeginAsync(dc, cancellationToken);
    }
}
