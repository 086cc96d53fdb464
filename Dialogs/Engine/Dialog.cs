namespace SupportBot.Dialogs.Engine;

/// <summary>A unit of conversation that owns one frame of the stack while it runs. Dialog instances are
/// stateless singletons: everything they remember lives in their <see cref="DialogFrame"/>.</summary>
public abstract class Dialog
{
    /// <summary>Stable id, persisted in frames. Never derive it from a class name.</summary>
    public abstract string Id { get; }

    /// <summary>Bump when the dialog changes incompatibly: conversations holding an older frame restart politely.</summary>
    public virtual int Version => 1;

    /// <summary>Called once when the dialog's frame has been pushed (and holds the initial state, if any).</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>Called with the customer's next message while this dialog is active.</summary>
    public abstract Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>Called when a child dialog ended. By default this dialog ends too, passing the outcome up.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogOutcome childOutcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(childOutcome, cancellationToken);
    }

    /// <summary>Asks again for whatever the dialog is waiting for (after help, a language switch, ...).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
