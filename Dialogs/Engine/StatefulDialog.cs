namespace SupportBot.Dialogs.Engine;

/// <summary>A dialog with typed state kept in its frame. The state passed to
/// <see cref="DialogContext.BeginDialogAsync{TState}(string, TState, CancellationToken)"/> is its initial value.</summary>
/// <typeparam name="TState">A JSON-serialisable class of primitives, enums, strings, lists and dates.</typeparam>
public abstract class StatefulDialog<TState> : Dialog
    where TState : class, new()
{
    /// <summary>Reads this dialog's state from its frame (a new instance when none was stored).</summary>
    protected static TState ReadState(DialogFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return DialogStateJson.Deserialize<TState>(frame.StateJson) ?? new TState();
    }

    /// <summary>Writes this dialog's state into its frame.</summary>
    protected static void WriteState(DialogFrame frame, TState state)
    {
        ArgumentNullException.ThrowIfNull(frame);
        frame.StateJson = DialogStateJson.Serialize(state);
    }
}
