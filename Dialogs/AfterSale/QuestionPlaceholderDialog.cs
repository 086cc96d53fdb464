using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.AfterSale;

/// <summary>Stand-in for after-sale questions: listens (unless the question came with the message that routed here),
/// then says honestly that answers are not available yet.</summary>
public sealed class QuestionPlaceholderDialog : WaterfallDialog<QuestionState>
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "aftersale";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    public override int Version => 2;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<QuestionState>> Steps => [AskAsync, AnswerAsync];

    // A question already asked in the customer's own words is not asked for again.
    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext<QuestionState> step, CancellationToken cancellationToken)
        => step.State.Question is { } question
            ? step.NextAsync(question, cancellationToken)
            : step.PromptAsync(TextPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.QuestionAsk) }, cancellationToken);

    private static async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext<QuestionState> step, CancellationToken cancellationToken)
    {
        await step.SendAsync(step.HasResult ? step.Texts.QuestionNotYet : step.Texts.GaveUp, cancellationToken);
        return await step.EndAsync(cancellationToken);
    }
}
