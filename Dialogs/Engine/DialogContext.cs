using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>The stack and the turn, as seen by a dialog: push, pop, continue, cancel.</summary>
public sealed class DialogContext
{
    private readonly DialogSet _dialogs;
    private readonly DialogStackState _stack;
    private readonly int _maxDepth;

    internal DialogContext(DialogSet dialogs, ITurnContext context, DialogStackState stack, Language language, int maxDepth)
    {
        _dialogs = dialogs;
        Context = context;
        _stack = stack;
        Language = language;
        _maxDepth = maxDepth;
    }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The language to speak in this turn.</summary>
    public Language Language { get; }

    /// <summary>The customer-facing texts in <see cref="Language"/>.</summary>
    public Texts Texts => Texts.For(Language);

    /// <summary>The active (top) frame, or null when no dialog runs.</summary>
    public DialogFrame? ActiveFrame => _stack.Frames.Count == 0 ? null : _stack.Frames[^1];

    /// <summary>The topmost frame of <paramref name="dialogId"/>, or null when that dialog is not on the stack.</summary>
    public DialogFrame? FindFrame(string dialogId)
        => _stack.Frames.LastOrDefault(f => string.Equals(f.DialogId, dialogId, StringComparison.Ordinal));

    /// <summary>How many dialogs are on the stack.</summary>
    public int Depth => _stack.Frames.Count;

    /// <summary>The text of the incoming message, or an empty string.</summary>
    public string IncomingText => Context.Activity.Type == ActivityTypes.Message ? Context.Activity.Text ?? string.Empty : string.Empty;

    /// <summary>Begins a dialog with no initial state.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken)
        => PushAndBeginAsync(dialogId, stateJson: null, cancellationToken);

    /// <summary>Begins a <see cref="StatefulDialog{TState}"/> with <paramref name="initialState"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync<TState>(string dialogId, TState initialState, CancellationToken cancellationToken)
        where TState : class, new()
    {
        var dialog = Require(dialogId);
        if (dialog is not StatefulDialog<TState>)
        {
            throw new InvalidOperationException($"Dialog '{dialogId}' does not take a state of type {typeof(TState).Name}.");
        }

        return PushAndBeginAsync(dialogId, DialogStateJson.Serialize(initialState), cancellationToken);
    }

    /// <summary>Passes the incoming message to the active dialog.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        var frame = ActiveFrame;
        return frame is null
            ? Task.FromResult(DialogTurnResult.Empty)
            : Require(frame.DialogId).ContinueAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="outcome"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(DialogOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (_stack.Frames.Count > 0)
        {
            _stack.Frames.RemoveAt(_stack.Frames.Count - 1);
        }

        var parent = ActiveFrame;
        return parent is null
            ? Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, outcome))
            : Require(parent.DialogId).ResumeAsync(this, outcome, cancellationToken);
    }

    /// <summary>Ends the active dialog and begins <paramref name="dialogId"/> in its place (loops, restarts).</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, CancellationToken cancellationToken)
    {
        if (_stack.Frames.Count > 0)
        {
            _stack.Frames.RemoveAt(_stack.Frames.Count - 1);
        }

        return BeginDialogAsync(dialogId, cancellationToken);
    }

    /// <summary>Empties the stack without resuming anyone.</summary>
    public DialogTurnResult CancelAllDialogs()
    {
        _stack.Frames.Clear();
        return DialogTurnResult.Cancelled;
    }

    /// <summary>Asks the active dialog to repeat its question. Returns false when no dialog is active.</summary>
    public async Task<bool> RepromptDialogAsync(CancellationToken cancellationToken)
    {
        var frame = ActiveFrame;
        if (frame is null)
        {
            return false;
        }

        await Require(frame.DialogId).RepromptAsync(this, cancellationToken);
        return true;
    }

    /// <summary>Signals that the active dialog waits for the customer.</summary>
#pragma warning disable CA1822 // kept on the context so that dialogs read as a sentence: return dc.Wait();
    public DialogTurnResult Wait() => DialogTurnResult.Waiting;
#pragma warning restore CA1822

    /// <summary>Sends a plain text message in the turn's language.</summary>
    public Task SendAsync(LocalizedText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SendAsync(text.For(Language), cancellationToken);
    }

    /// <summary>Sends a plain text message.</summary>
    public Task SendAsync(string text, CancellationToken cancellationToken)
        => Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    /// <summary>Reads the customer's answer to a numbered list shown on the previous turn: a position ("2", "dos", "the
    /// second") becomes the text that option stands for, as if its button had been pressed. The list is forgotten either way.</summary>
    internal void MapNumberedAnswer()
    {
        var shown = _stack.ShownOptions;
        _stack.ShownOptions = null;
        if (shown is { Count: > 0 } && Context.Activity.Type == ActivityTypes.Message
            && Recognizers.ChoiceRecognizer.TryReadPosition(Context.Activity.Text, shown.Count, out var index))
        {
            Context.Activity.Text = shown[index];
        }
    }

    /// <summary>Keeps the numbered options the turn's last message offered (<see cref="ShownOptions"/>) for the next turn.</summary>
    internal void KeepShownOptions()
    {
        if (ShownOptions.Recorded(Context) is { } recorded)
        {
            _stack.ShownOptions = recorded.Count > 0 ? [.. recorded] : null;
        }
    }

    /// <summary>True when every frame belongs to a registered dialog of the same version.</summary>
    internal bool IsStackCurrent()
    {
        foreach (var frame in _stack.Frames)
        {
            var dialog = _dialogs.Find(frame.DialogId);
            if (dialog is null || dialog.Version != frame.Version)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<DialogTurnResult> PushAndBeginAsync(string dialogId, string? stateJson, CancellationToken cancellationToken)
    {
        var dialog = Require(dialogId);
        if (_stack.Frames.Count >= _maxDepth)
        {
            throw new DialogDepthExceededException(
                $"Beginning '{dialogId}' would exceed the maximum dialog depth of {_maxDepth}.");
        }

        _stack.Frames.Add(new DialogFrame { DialogId = dialogId, Version = dialog.Version, StateJson = stateJson });
        return await dialog.BeginAsync(this, cancellationToken);
    }

    private Dialog Require(string dialogId)
        => _dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog is registered with id '{dialogId}'.");
}
