using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Escalation;

/// <summary>Stand-in for the handover to a person: confirms, then says honestly that it is not available yet.</summary>
public sealed class HandoffPlaceholderDialog : WaterfallDialog<NoState>
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "handoff";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<NoState>> Steps => [ConfirmAsync, AnswerAsync];

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<NoState> step, CancellationToken cancellationToken)
        => step.PromptAsync(ConfirmPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.HandoffConfirm) }, cancellationToken);

    private static async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext<NoState> step, CancellationToken cancellationToken)
    {
        var text = !step.TryGetResult<bool>(out var wanted) ? step.Texts.GaveUp
            : wanted ? step.Texts.HandoffNotYet
            : step.Texts.HandoffDeclined;
        await step.SendAsync(text, cancellationToken);
        return await step.EndAsync(cancellationToken);
    }
}
