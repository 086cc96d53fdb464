using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Main.Interrupts;

/// <summary>"ayuda" / "help": explains what the bot does and the global commands, then repeats the pending question.</summary>
public sealed class HelpInterrupt : IInterrupt
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "ayuda", "ayudame", "necesito ayuda", "socorro", "que puedes hacer", "que sabes hacer", "opciones", "como funciona",
        "help", "help me", "i need help", "what can you do", "options", "how does this work", "?",
    };

    /// <inheritdoc />
    public bool Matches(DialogContext dc, string normalizedText) => Phrases.Contains(normalizedText);

    /// <inheritdoc />
    public async Task<DialogTurnResult> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await dc.SendAsync(dc.Texts.Help, cancellationToken);
        if (dc.Depth > 1)
        {
            await dc.SendAsync(dc.Texts.HelpResume, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return dc.Wait();
        }

        if (dc.ActiveFrame is null)
        {
            return await dc.BeginDialogAsync(MainDialog.DialogId, new MainStart { SkipGreeting = true }, cancellationToken);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return dc.Wait();
    }
}
