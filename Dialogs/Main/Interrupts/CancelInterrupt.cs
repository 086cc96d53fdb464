using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Main.Interrupts;

/// <summary>"cancelar" / "cancel": drops whatever is in progress and offers the menu. Matches the whole
/// message only, so "I want to cancel my order" reaches the dialogs as a request, not as this command.</summary>
public sealed class CancelInterrupt : IInterrupt
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "cancelar", "cancela", "cancelalo", "olvidalo", "dejalo", "da igual", "volver", "volver al menu", "menu", "menu principal",
        "inicio", "empezar de nuevo", "cancel", "cancel that", "forget it", "never mind", "nevermind", "quit", "abort",
        "main menu", "start over", "back to menu",
    };

    /// <inheritdoc />
    public bool Matches(DialogContext dc, string normalizedText) => Phrases.Contains(normalizedText);

    /// <inheritdoc />
    public async Task<DialogTurnResult> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var wasBusy = dc.Depth > 1;
        dc.CancelAllDialogs();
        await dc.SendAsync(wasBusy ? dc.Texts.Cancelled : dc.Texts.NothingToCancel, cancellationToken);
        return await dc.BeginDialogAsync(MainDialog.DialogId, new MainStart { SkipGreeting = true }, cancellationToken);
    }
}
