using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Survey;

/// <summary>"luego" / "later" during a survey: stops for now. The answers are already saved and the survey
/// resumes at its next question when the customer comes back within the resume window.</summary>
public sealed class SurveyPauseInterrupt(SurveySettings settings) : IInterrupt
{
    /// <inheritdoc />
    public bool Matches(DialogContext dc, string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.FindFrame(SatisfactionSurveyDialog.DialogId) is not null && SurveyCommands.IsPause(normalizedText);
    }

    /// <inheritdoc />
    public async Task<DialogTurnResult> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.CancelAllDialogs();
        await dc.SendAsync(dc.Texts.SurveyPaused((int)Math.Round(settings.ResumeWindow.TotalDays)), cancellationToken);
        return dc.Wait();
    }
}
