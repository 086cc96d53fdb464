namespace SupportBot.Dialogs.Engine;

/// <summary>A global command ("cancel", "help", "talk to a person") checked before the active dialog sees a message.</summary>
public interface IInterrupt
{
    /// <summary>Whether the message (already normalised: lower case, no accents) is this command, given the stack.</summary>
    bool Matches(DialogContext dc, string normalizedText);

    /// <summary>Handles the command; may cancel, re-prompt or begin dialogs.</summary>
    Task<DialogTurnResult> HandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
