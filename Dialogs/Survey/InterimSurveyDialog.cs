using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Survey;

/// <summary>A two-question stand-in for the satisfaction survey (CSAT, then NPS) that tells the customer
/// honestly that answers are not stored yet. The full survey replaces it.</summary>
public sealed class InterimSurveyDialog : WaterfallDialog<InterimSurveyState>
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "survey";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<InterimSurveyState>> Steps => [AskCsatAsync, AskNpsAsync, ThankAsync];

    private static Task<DialogTurnResult> AskCsatAsync(WaterfallStepContext<InterimSurveyState> step, CancellationToken cancellationToken)
        => step.PromptAsync(RatingPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.SurveyAskCsat) }, cancellationToken);

    private static async Task<DialogTurnResult> AskNpsAsync(WaterfallStepContext<InterimSurveyState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<int>(out var csat))
        {
            await step.SendAsync(step.Texts.GaveUp, cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        step.State.Csat = csat;
        return await step.PromptAsync(NumberPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.SurveyAskNps) }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ThankAsync(WaterfallStepContext<InterimSurveyState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<int>(out var nps) || step.State.Csat is not { } csat)
        {
            await step.SendAsync(step.Texts.GaveUp, cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        await step.SendAsync(step.Texts.SurveyInterimThanks(csat, nps), cancellationToken);
        return await step.EndAsync(cancellationToken);
    }
}
