using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Escalation;

namespace SupportBot.Dialogs.Main.Interrupts;

/// <summary>"hablar con una persona" / "talk to a person", at any point: leaves what is in progress for the handover.</summary>
public sealed class HumanInterrupt : IInterrupt
{
    private static readonly string[] Phrases =
    [
        "hablar con una persona", "hablar con un humano", "hablar con un agente", "hablar con alguien", "quiero una persona",
        "pasame con una persona", "pasame con un agente", "persona real", "atencion humana", "operador", "humano", "agente",
        "talk to a person", "talk to a human", "talk to an agent", "talk to someone", "speak to a person", "speak to a human",
        "speak to someone", "real person", "human agent", "live agent", "human", "agent", "operator", "representative",
    ];

    // A single word only counts as the whole message ("agente"); a longer phrase anywhere in it. Checked on every turn.
    private static readonly HashSet<string> Words = new(Phrases.Where(p => !p.Contains(' ', StringComparison.Ordinal)), StringComparer.Ordinal);

    private static readonly PhraseList LongerPhrases = new(Phrases.Where(p => p.Contains(' ', StringComparison.Ordinal)));

    /// <inheritdoc />
    public bool Matches(DialogContext dc, string normalizedText)
        => Words.Contains(normalizedText) || LongerPhrases.FoundIn(normalizedText);

    /// <inheritdoc />
    public async Task<DialogTurnResult> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveFrame?.DialogId == HandoffDialog.DialogId)
        {
            await dc.RepromptDialogAsync(cancellationToken);
            return dc.Wait();
        }

        dc.CancelAllDialogs();
        return await dc.BeginDialogAsync(MainDialog.DialogId, new MainStart { Route = MainMenu.Person }, cancellationToken);
    }
}
