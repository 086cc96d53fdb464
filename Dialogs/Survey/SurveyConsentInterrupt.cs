using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Main;

namespace SupportBot.Dialogs.Survey;

/// <summary>"no más encuestas" / "stop surveys" and "vuelve a preguntarme" / "ask me again", at any point: the choice is
/// confirmed, persisted, and respected by every way a survey can start.</summary>
public sealed class SurveyConsentInterrupt(ISurveyStore store, TimeProvider time) : IInterrupt
{
    /// <inheritdoc />
    public bool Matches(DialogContext dc, string normalizedText)
        => SurveyCommands.IsOptOut(normalizedText) || SurveyCommands.IsOptIn(normalizedText);

    /// <inheritdoc />
    public async Task<DialogTurnResult> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var optOut = SurveyCommands.IsOptOut(Engine.Recognizers.TextNormalizer.Normalize(dc.IncomingText));
        await store.SetOptedOutAsync(CustomerIdentity.Of(dc.Context), optOut, time.GetUtcNow(), cancellationToken);
        if (optOut && dc.FindFrame(SatisfactionSurveyDialog.DialogId) is not null)
        {
            dc.CancelAllDialogs();
        }

        await dc.SendAsync(optOut ? dc.Texts.SurveyOptOutConfirmed : dc.Texts.SurveyOptInConfirmed, cancellationToken);
        if (dc.ActiveFrame is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }

        return dc.Wait();
    }
}
