using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Knowledge;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Main.Interrupts;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Tests.Engine;
using SupportBot.Dialogs.Tests.Knowledge;

namespace SupportBot.Dialogs.Tests.Orders;

/// <summary>The main dialog with the order dialogs, the handover and the global commands, as the bot composes them, over
/// the SDK's MemoryStorage (every turn's state goes through JSON); the order system is a <see cref="DemoShop"/> and the
/// clock a fake one.</summary>
internal sealed class OrderHarness
{
    public const string Brand = "Tienda Nimbus";

    private readonly DialogRunner _runner;

    public OrderHarness(OrderSelfServiceSettings? settings = null)
    {
        Time = new FakeTimeProvider(DemoShop.Now);
        Shop = new DemoShop(Time);
        var storage = new MemoryStorage();
        ConversationState = new ConversationState(storage);
        UserState = new UserState(storage);
        State = new StateAccessors(ConversationState, UserState);
        var guard = new OrderIdentityGuard(State, settings ?? OrderSelfServiceSettings.Default, Time);
        Dialog[] dialogs =
        [
            new MainDialog(State, new ConversationSettings(Language.Spanish, Brand)),
            new KnowledgeDialog(Knowledge, Knowledge),
            new HandoffDialog(Desk, Desk),
            new OrderIdentityDialog(Shop, guard, State),
            new OrderStatusDialog(Time),
            new ReturnDialog(Shop),
            new WarrantyDialog(Shop, Time),
            new InvoiceDialog(Shop, Links),
            new OrderNumberPrompt(),
            new OrderProofPrompt(),
            new ReturnReasonPrompt(),
            HandoffDialog.ContactPrompt(),
        ];
        _runner = new DialogRunner(
            new DialogSet(dialogs.Concat(EngineHarness.StandardPrompts())),
            State.DialogStack,
            [new CancelInterrupt(), new HelpInterrupt(), new HumanInterrupt()],
            MainDialog.DialogId,
            new DialogEngineSettings(8));
    }

    public FakeTimeProvider Time { get; }

    public DemoShop Shop { get; }

    public OpenDesk Desk { get; } = new();

    /// <summary>The bot's own invoice download links (none until a test sets a base URL).</summary>
    public FakeInvoiceLinks Links { get; } = new();

    /// <summary>Where questions no order action takes go (knows nothing unless a test teaches it).</summary>
    public FakeKnowledgeBase Knowledge { get; } = new();

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    public StateAccessors State { get; }

    /// <summary>The dialogs on the stack after the last turn, bottom first.</summary>
    public IReadOnlyList<string> Stack { get; private set; } = [];

    /// <summary>A conversation in <paramref name="language"/>; a customer the shop vouched for when <paramref name="vouchedCustomerId"/> is set;
    /// a Microsoft Teams conversation of that <c>conversationType</c> when <paramref name="teamsConversationType"/> is set.</summary>
    public TestFlow Flow(Language language, string conversationId = "conv-1", string? vouchedCustomerId = null, string? teamsConversationType = null)
    {
        var reference = TestAdapter.CreateConversation(conversationId, "customer-1");
        if (teamsConversationType is not null)
        {
            reference.ChannelId = Microsoft.Bot.Connector.Channels.Msteams;
            reference.Conversation.ConversationType = teamsConversationType;
        }

        var adapter = new TestAdapter(reference);
        return new TestFlow(adapter, async (turn, ct) =>
        {
            if (vouchedCustomerId is not null)
            {
                var profile = await State.UserProfile.GetAsync(turn, () => new UserProfile(), ct);
                profile.VerifiedCustomerId = vouchedCustomerId;
                await State.UserProfile.SetAsync(turn, profile, ct);
            }

            await _runner.RunAsync(turn, language, ct);
            Stack = (await State.DialogStack.GetAsync(turn, () => new DialogStackState(), ct)).Frames.Select(f => f.DialogId).ToList();
            await ConversationState.SaveChangesAsync(turn, false, ct);
            await UserState.SaveChangesAsync(turn, false, ct);
        });
    }

    /// <summary>The Spanish or the English of a customer's words.</summary>
    public static string Pick(Language language, string spanish, string english) => language == Language.English ? english : spanish;

    /// <summary>A new customer asks <paramref name="request"/> about order <paramref name="orderNumber"/>, is welcomed,
    /// asked for proof, and gives <paramref name="proof"/>.</summary>
    public TestFlow Proving(Language language, string request, string orderNumber, string proof, string? vouchedCustomerId = null)
        => Flow(language, vouchedCustomerId: vouchedCustomerId)
            .Send(request)
            .AssertReply(EngineHarness.Says(Texts.For(language).Welcome(Brand)))
            .AssertReply(EngineHarness.Says(OrderTexts.For(language).AskProof(orderNumber)))
            .Send(proof);

    /// <summary>Plain text <paramref name="expected"/> with a card whose one button opens <paramref name="url"/>.</summary>
    public static Action<IActivity> SaysWithLink(string expected, string button, string url) => activity =>
    {
        var message = (IMessageActivity)activity;
        Assert.Equal(expected, message.Text);
        Assert.Equal(TextFormatTypes.Plain, message.TextFormat);
        var card = Assert.IsType<HeroCard>(Assert.Single(message.Attachments).Content);
        var action = Assert.Single(card.Buttons);
        Assert.Equal(ActionTypes.OpenUrl, action.Type);
        Assert.Equal(button, action.Title);
        Assert.Equal(url, action.Value);
    };
}
