using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>A question with a recognizer, an optional validator and a retry limit. Ends with the recognised
/// value, or with no value when the customer could not be understood within the limit.</summary>
/// <typeparam name="TValue">The answer's type.</typeparam>
public abstract class Prompt<TValue> : StatefulDialog<PromptOptions>
{
    private readonly PromptValidator<TValue>? _validator;

    /// <summary>Creates a prompt with an optional validator.</summary>
    protected Prompt(string id, PromptValidator<TValue>? validator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        _validator = validator;
    }

    /// <inheritdoc />
    public override string Id { get; }

    /// <summary>Recognises the answer in the customer's text.</summary>
    protected abstract Recognition<TValue> Recognize(string text, PromptOptions options);

    /// <summary>Buttons offered when the caller gave none.</summary>
    protected virtual IReadOnlyList<Choice>? DefaultChoices => null;

    /// <summary>What to say after an answer that was not understood, when the caller gave no retry text.</summary>
    protected abstract LocalizedText DefaultRetry { get; }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await SendPromptAsync(dc, ReadState(dc.ActiveFrame!), retry: null, cancellationToken);
        return dc.Wait();
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var options = ReadState(frame);
        var recognition = Recognize(dc.IncomingText, options);
        LocalizedText? complaint = null;
        if (recognition.Succeeded)
        {
            complaint = _validator?.Invoke(recognition.Value);
            if (complaint is null)
            {
                return await dc.EndDialogAsync(DialogOutcome.Of(recognition.Value), cancellationToken);
            }
        }

        frame.Attempts++;
        if (frame.Attempts > options.MaxRetries)
        {
            return await dc.EndDialogAsync(DialogOutcome.None, cancellationToken);
        }

        await SendPromptAsync(dc, options, complaint ?? options.Retry ?? DefaultRetry, cancellationToken);
        return dc.Wait();
    }

    /// <inheritdoc />
    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return SendPromptAsync(dc, ReadState(dc.ActiveFrame!), retry: null, cancellationToken);
    }

    private async Task SendPromptAsync(DialogContext dc, PromptOptions options, LocalizedText? retry, CancellationToken cancellationToken)
    {
        var language = dc.Language;
        var text = retry is null
            ? options.Prompt.For(language)
            : string.Concat(retry.For(language), " ", options.Prompt.For(language));
        var activity = MessageFactory.Text(text);
        activity.InputHint = InputHints.ExpectingInput;
        var choices = options.Choices ?? DefaultChoices;
        if (choices is { Count: > 0 })
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = choices
                    .Select(c => new CardAction(ActionTypes.ImBack, c.Title.For(language), value: c.Title.For(language)))
                    .ToList(),
            };
        }

        await dc.Context.SendActivityAsync(activity, cancellationToken);
    }
}
