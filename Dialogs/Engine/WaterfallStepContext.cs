using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: its typed state, the previous typed result, and the ways out of the step.</summary>
/// <typeparam name="TState">The waterfall's typed state.</typeparam>
public sealed class WaterfallStepContext<TState>
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> _dialog;
    private readonly DialogFrame _frame;
    private readonly DialogOutcome _previous;

    internal WaterfallStepContext(DialogContext dc, WaterfallDialog<TState> dialog, DialogFrame frame, TState state, DialogOutcome previous)
    {
        Dialog = dc;
        _dialog = dialog;
        _frame = frame;
        State = state;
        _previous = previous;
    }

    /// <summary>The dialog context.</summary>
    public DialogContext Dialog { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context => Dialog.Context;

    /// <summary>The turn's language.</summary>
    public Language Language => Dialog.Language;

    /// <summary>Texts in the turn's language.</summary>
    public Texts Texts => Dialog.Texts;

    /// <summary>The waterfall's state; mutate it freely, it is saved when the step exits.</summary>
    public TState State { get; }

    /// <summary>Index of the running step.</summary>
    public int Index => _frame.Step;

    /// <summary>Whether the previous step or child produced a value.</summary>
    public bool HasResult => _previous.HasValue;

    /// <summary>Gets the previous step's or child's result when it is a <typeparamref name="T"/>.</summary>
    public bool TryGetResult<T>(out T value) => _previous.TryGetValue(out value);

    /// <summary>Starts a prompt; its answer is the next step's result (none when the customer gave up).</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken)
    {
        Save();
        return Dialog.BeginDialogAsync(promptId, options, cancellationToken);
    }

    /// <summary>Begins a child dialog; its outcome is the next step's result.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken)
    {
        Save();
        return Dialog.BeginDialogAsync(dialogId, cancellationToken);
    }

    /// <summary>Begins a stateful child dialog; its outcome is the next step's result.</summary>
    public Task<DialogTurnResult> BeginDialogAsync<TChild>(string dialogId, TChild initialState, CancellationToken cancellationToken)
        where TChild : class, new()
    {
        Save();
        return Dialog.BeginDialogAsync(dialogId, initialState, cancellationToken);
    }

    /// <summary>Runs the next step now, with no result.</summary>
    public Task<DialogTurnResult> NextAsync(CancellationToken cancellationToken)
        => NextAsync(DialogOutcome.None, cancellationToken);

    /// <summary>Runs the next step now with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync<T>(T result, CancellationToken cancellationToken)
        => NextAsync(DialogOutcome.Of(result), cancellationToken);

    /// <summary>Waits for the customer's next message; the next step gets its text as a string result.</summary>
    public DialogTurnResult WaitForInput()
    {
        Save();
        return DialogTurnResult.Waiting;
    }

    /// <summary>Ends the waterfall with no result.</summary>
    public Task<DialogTurnResult> EndAsync(CancellationToken cancellationToken)
    {
        Save();
        return Dialog.EndDialogAsync(DialogOutcome.None, cancellationToken);
    }

    /// <summary>Ends the waterfall with <paramref name="result"/> for its parent.</summary>
    public Task<DialogTurnResult> EndAsync<T>(T result, CancellationToken cancellationToken)
    {
        Save();
        return Dialog.EndDialogAsync(DialogOutcome.Of(result), cancellationToken);
    }

    /// <summary>Sends text in the turn's language.</summary>
    public Task SendAsync(string text, CancellationToken cancellationToken) => Dialog.SendAsync(text, cancellationToken);

    private Task<DialogTurnResult> NextAsync(DialogOutcome outcome, CancellationToken cancellationToken)
    {
        Save();
        return _dialog.RunStepAsync(Dialog, _frame, _frame.Step + 1, State, outcome, cancellationToken);
    }

    private void Save() => WaterfallDialog<TState>.Persist(_frame, State);
}
