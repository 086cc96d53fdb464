using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Invitations;

/// <summary>The answers to a survey invitation, outside a survey: "Valorar ahora" / "Rate it now" starts the survey for
/// the invited order; "Ahora no" / "Not now" declines it (no reminder). "No más encuestas" / "Stop surveys" is the
/// survey's own opt-out (<see cref="SurveyConsentInterrupt"/>). Without an open invitation in the conversation, "rate it
/// now" starts the usual survey and "not now" goes to the dialog in progress as any other text.</summary>
public sealed class InvitationReplyInterrupt(IInvitationReplies replies, TimeProvider time) : IInterrupt
{
    /// <inheritdoc />
    public bool Matches(DialogContext dc, string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.FindFrame(SatisfactionSurveyDialog.DialogId) is null
               && (InvitationCommands.IsAccept(normalizedText) || InvitationCommands.IsDecline(normalizedText));
    }

    /// <inheritdoc />
    public async Task<DialogTurnResult> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var accept = InvitationCommands.IsAccept(Engine.Recognizers.TextNormalizer.Normalize(dc.IncomingText));
        var orderId = await replies.FindOpenOrderAsync(dc.Context.Activity.Conversation?.Id ?? string.Empty, cancellationToken);
        if (orderId is not null)
        {
            await replies.RecordAsync(
                orderId, accept ? InvitationResponse.Accepted : InvitationResponse.Declined, time.GetUtcNow(), cancellationToken);
        }

        if (accept)
        {
            dc.CancelAllDialogs();
            return await dc.BeginDialogAsync(
                MainDialog.DialogId, new MainStart { Route = MainMenu.Survey, OrderId = orderId }, cancellationToken);
        }

        if (orderId is null)
        {
            return dc.ActiveFrame is null ? dc.Wait() : await dc.ContinueDialogAsync(cancellationToken);
        }

        await dc.SendAsync(InvitationTexts.For(dc.Language).Declined, cancellationToken);
        return dc.Wait();
    }
}
