using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.AfterSale;

/// <summary>Stand-in for after-sale questions: listens, then says honestly that answers are not available yet.</summary>
public sealed class QuestionPlaceholderDialog : WaterfallDialog<NoState>
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "aftersale";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<NoState>> Steps => [AskAsync, AnswerAsync];

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext<NoState> step, CancellationToken cancellationToken)
        => step.PromptAsync(TextPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.QuestionAsk) }, cancellationToken);

    private static async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext<NoState> step, CancellationToken cancellationToken)
    {
        await step.SendAsync(step.HasResult ? step.Texts.QuestionNotYet : step.Texts.GaveUp, cancellationToken);
        return await step.EndAsync(cancellationToken);
    }
}
