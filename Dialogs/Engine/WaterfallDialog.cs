namespace SupportBot.Dialogs.Engine;

/// <summary>A dialog that runs steps in order, each receiving the previous step's (or child's) typed result.</summary>
/// <typeparam name="TState">The waterfall's typed state, kept in its frame between turns.</typeparam>
public abstract class WaterfallDialog<TState> : StatefulDialog<TState>
    where TState : class, new()
{
    /// <summary>The steps, in order.</summary>
    protected abstract IReadOnlyList<WaterfallStep<TState>> Steps { get; }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        return RunStepAsync(dc, frame, 0, ReadState(frame), DialogOutcome.None, cancellationToken);
    }

    /// <summary>The customer answered a step that waited for raw input: the next step gets the text.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        return RunStepAsync(dc, frame, frame.Step + 1, ReadState(frame), DialogOutcome.Of(dc.IncomingText), cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogOutcome childOutcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        return RunStepAsync(dc, frame, frame.Step + 1, ReadState(frame), childOutcome, cancellationToken);
    }

    internal Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, DialogFrame frame, int index, TState state, DialogOutcome previous, CancellationToken cancellationToken)
    {
        if (index >= Steps.Count)
        {
            return dc.EndDialogAsync(previous, cancellationToken);
        }

        frame.Step = index;
        return Steps[index](new WaterfallStepContext<TState>(dc, this, frame, state, previous), cancellationToken);
    }

    internal static void Persist(DialogFrame frame, TState state) => WriteState(frame, state);
}
