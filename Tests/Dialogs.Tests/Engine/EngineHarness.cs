using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>A runner over test dialogs, with state in the SDK's MemoryStorage so every turn's stack goes
/// through a JSON round trip, as it does in Redis.</summary>
internal sealed class EngineHarness
{
    public const string RootId = "root";

    public EngineHarness(IEnumerable<Dialog> dialogs, IEnumerable<IInterrupt>? interrupts = null, int maxDepth = 8, IStorage? storage = null)
    {
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        Stack = ConversationState.CreateProperty<DialogStackState>("dialogStack");
        Dialogs = dialogs.ToList();
        Runner = new DialogRunner(
            new DialogSet(Dialogs.Concat(StandardPrompts())),
            Stack,
            interrupts ?? [],
            RootId,
            new DialogEngineSettings(maxDepth));
    }

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogStackState> Stack { get; }

    public List<Dialog> Dialogs { get; }

    public DialogRunner Runner { get; }

    public Language Language { get; set; } = Language.Spanish;

    public TestFlow Flow(TestAdapter? adapter = null)
        => new(adapter ?? new TestAdapter(TestAdapter.CreateConversation("engine")), async (turn, ct) =>
        {
            await Runner.RunAsync(turn, Language, ct);
            await ConversationState.SaveChangesAsync(turn, false, ct);
        });

    public static IEnumerable<Dialog> StandardPrompts() =>
        [new TextPrompt(), new ChoicePrompt(), new ConfirmPrompt(), new RatingPrompt(), new NumberPrompt()];

    public static Action<IActivity> Says(string expected) => activity =>
        Assert.Equal(expected, ((IMessageActivity)activity).Text);

    public static Action<IActivity> StartsWith(string expected) => activity =>
        Assert.StartsWith(expected, ((IMessageActivity)activity).Text, StringComparison.Ordinal);

    public static Action<IActivity> HasButtons(params string[] titles) => activity =>
        Assert.Equal(titles, ((IMessageActivity)activity).SuggestedActions.Actions.Select(a => a.Title));
}
