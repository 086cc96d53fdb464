using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Knowledge;

namespace SupportBot.Dialogs.Tests.Knowledge;

/// <summary>The root of the test stack: each message it gets starts the knowledge dialog with that message as the
/// question ("?" starts it without one); says "done" when it ends.</summary>
internal sealed class KnowledgeHost : Dialog
{
    public override string Id => Engine.EngineHarness.RootId;

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken) => StartAsync(dc, cancellationToken);

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) => StartAsync(dc, cancellationToken);

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogOutcome childOutcome, CancellationToken cancellationToken)
    {
        await dc.SendAsync("done", cancellationToken);
        return dc.Wait();
    }

    private static Task<DialogTurnResult> StartAsync(DialogContext dc, CancellationToken cancellationToken)
        => dc.BeginDialogAsync(
            KnowledgeDialog.DialogId, new KnowledgeState { Question = dc.IncomingText == "?" ? null : dc.IncomingText }, cancellationToken);
}

/// <summary>Stands in for <see cref="HandoffDialog"/>: says so and waits.</summary>
internal sealed class HandoffStandIn : Dialog
{
    public override string Id => HandoffDialog.DialogId;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.SendAsync("handoff", cancellationToken);
        return dc.Wait();
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
        => dc.EndDialogAsync(DialogOutcome.None, cancellationToken);
}
