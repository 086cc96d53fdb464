using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>Runs one turn through the dialog stack: checks the stack is current, gives global interrupts
/// the first look at a message, then continues the active dialog or begins the root one.</summary>
public sealed class DialogRunner
{
    private readonly DialogSet _dialogs;
    private readonly IStatePropertyAccessor<DialogStackState> _stack;
    private readonly IReadOnlyList<IInterrupt> _interrupts;
    private readonly string _rootDialogId;
    private readonly DialogEngineSettings _settings;

    /// <summary>Creates the runner.</summary>
    public DialogRunner(
        DialogSet dialogs,
        IStatePropertyAccessor<DialogStackState> stack,
        IEnumerable<IInterrupt> interrupts,
        string rootDialogId,
        DialogEngineSettings settings)
    {
        _dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        _stack = stack ?? throw new ArgumentNullException(nameof(stack));
        _interrupts = interrupts?.ToList() ?? throw new ArgumentNullException(nameof(interrupts));
        _rootDialogId = rootDialogId;
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        if (_dialogs.Find(rootDialogId) is null)
        {
            throw new ArgumentException($"The root dialog '{rootDialogId}' is not registered.", nameof(rootDialogId));
        }
    }

    /// <summary>Runs a customer message through the stack.</summary>
    public Task<DialogTurnResult> RunAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
        => WithContextAsync(turnContext, language, async dc =>
        {
            if (!await EnsureCurrentStackAsync(dc, cancellationToken))
            {
                return await dc.BeginDialogAsync(_rootDialogId, cancellationToken);
            }

            if (turnContext.Activity.Type == ActivityTypes.Message)
            {
                dc.MapNumberedAnswer();
                var normalized = TextNormalizer.Normalize(dc.IncomingText);
                var interrupt = _interrupts.FirstOrDefault(i => i.Matches(dc, normalized));
                if (interrupt is not null)
                {
                    return await interrupt.HandleAsync(dc, cancellationToken);
                }
            }

            return dc.ActiveFrame is null
                ? await dc.BeginDialogAsync(_rootDialogId, cancellationToken)
                : await dc.ContinueDialogAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Repeats the active dialog's question (after a language switch); begins the root dialog when none is active.</summary>
    public Task<DialogTurnResult> RepromptAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
        => WithContextAsync(turnContext, language, async dc =>
        {
            if (await EnsureCurrentStackAsync(dc, cancellationToken) && await dc.RepromptDialogAsync(cancellationToken))
            {
                return dc.Wait();
            }

            return await dc.BeginDialogAsync(_rootDialogId, cancellationToken);
        }, cancellationToken);

    /// <summary>Begins the root dialog unless a dialog is already active (a customer joining the conversation).</summary>
    public Task<DialogTurnResult> StartAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
        => WithContextAsync(turnContext, language, async dc =>
            await EnsureCurrentStackAsync(dc, cancellationToken) && dc.ActiveFrame is not null
                ? dc.Wait()
                : await dc.BeginDialogAsync(_rootDialogId, cancellationToken), cancellationToken);

    /// <summary>Begins the root dialog with <paramref name="rootState"/> unless a dialog is already active; then the
    /// running stack goes to <paramref name="whenActive"/> instead (a customer joining a conversation already under way).</summary>
    public Task<DialogTurnResult> StartAsync<TState>(
        ITurnContext turnContext,
        Language language,
        TState rootState,
        Func<DialogContext, Task<DialogTurnResult>> whenActive,
        CancellationToken cancellationToken)
        where TState : class, new()
    {
        ArgumentNullException.ThrowIfNull(whenActive);
        return WithContextAsync(turnContext, language, async dc =>
            await EnsureCurrentStackAsync(dc, cancellationToken) && dc.ActiveFrame is not null
                ? await whenActive(dc)
                : await dc.BeginDialogAsync(_rootDialogId, rootState, cancellationToken), cancellationToken);
    }

    /// <summary>Empties the stack (used when a turn failed and the stack may be poisoned).</summary>
    public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => _stack.DeleteAsync(turnContext, cancellationToken);

    private async Task<DialogTurnResult> WithContextAsync(
        ITurnContext turnContext, Language language, Func<DialogContext, Task<DialogTurnResult>> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var stack = await _stack.GetAsync(turnContext, () => new DialogStackState(), cancellationToken);
        var dc = new DialogContext(_dialogs, turnContext, stack, language, _settings.MaxDepth);
        var result = await run(dc);
        dc.KeepShownOptions();
        await _stack.SetAsync(turnContext, stack, cancellationToken);
        return result;
    }

    private static async Task<bool> EnsureCurrentStackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.IsStackCurrent())
        {
            return true;
        }

        dc.CancelAllDialogs();
        await dc.SendAsync(dc.Texts.ConversationRestarted, cancellationToken);
        return false;
    }
}
