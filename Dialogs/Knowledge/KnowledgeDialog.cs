using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.AfterSale;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Knowledge;

/// <summary>Answers a question from the knowledge base: a confident answer is shown with "did this help?"; an unsure
/// search offers its best three articles as buttons; nothing found asks once for other words. A "no", "none of these" or a
/// second miss offers a person (<see cref="HandoffDialog"/>). Thanks, a goodbye or "never mind" end it politely; an action
/// on one order goes to its order dialog; whatever else the customer writes meanwhile is taken as a new question. Begun with <see cref="KnowledgeState.Question"/> it answers at once; without one it asks first.</summary>
public sealed class KnowledgeDialog(IKnowledgeBase knowledge, IKnowledgeFeedback feedback) : StatefulDialog<KnowledgeState>
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "knowledge";

    /// <summary>Value of the "none of these" suggestion.</summary>
    public const string NoneOfThese = "none";

    /// <summary>Most suggestions offered at once.</summary>
    public const int MaxSuggestions = 3;

    private static readonly string[] NoneSynonyms = ["ninguna", "ninguno", "ninguna de esas", "otra cosa", "none", "neither", "something else"];

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var state = ReadState(frame);
        return state.Question is { } question && !QuestionAnnouncement.IsOnlyAnnouncement(question)
            ? await SearchAsync(dc, frame, state, question, cancellationToken)
            : await AskAsync(dc, frame, state, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frame = dc.ActiveFrame!;
        var state = ReadState(frame);
        var text = dc.IncomingText;
        if (state.Stage == KnowledgeStage.Feedback && ConfirmRecognizer.Recognize(text) is { Succeeded: true } answer)
        {
            return await RecordFeedbackAsync(dc, frame, state, answer.Value, cancellationToken);
        }

        if (state.Stage == KnowledgeStage.Suggestion)
        {
            var choices = SuggestionChoices(state);
            var picked = ChoiceRecognizer.Recognize(text, choices);
            if (picked.Succeeded)
            {
                var value = choices[picked.Value].Value;
                return value == NoneOfThese || knowledge.Find(value, dc.Language) is not { } article
                    ? await OfferPersonAsync(dc, frame, state, KnowledgeTexts.For(dc.Language).NoAnswer, cancellationToken)
                    : await ShowAsync(dc, frame, state, article, cancellationToken);
            }
        }

        // Thanks, a goodbye or "never mind" close the question politely (the main dialog then offers the menu); a greeting
        // repeats what the dialog waits for.
        var smallTalk = SmallTalk.Recognize(text);
        if (smallTalk == SmallTalkKind.Greeting)
        {
            await RepromptAsync(dc, cancellationToken);
            return dc.Wait();
        }

        if (RoutingTexts.For(dc.Language).ReplyTo(smallTalk) is { } reply)
        {
            await dc.SendAsync(reply, cancellationToken);
            return await dc.EndDialogAsync(DialogOutcome.None, cancellationToken);
        }

        // Anything else is a (new) question.
        return QuestionAnnouncement.IsOnlyAnnouncement(text)
            ? await AskAsync(dc, frame, state, cancellationToken)
            : await SearchAsync(dc, frame, state, text, cancellationToken);
    }

    /// <inheritdoc />
    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = ReadState(dc.ActiveFrame!);
        var texts = KnowledgeTexts.For(dc.Language);
        return state.Stage switch
        {
            KnowledgeStage.Feedback => SendFeedbackQuestionAsync(dc, cancellationToken),
            KnowledgeStage.Suggestion => SendSuggestionsAsync(dc, state, cancellationToken),
            KnowledgeStage.Rephrased => SendExpectingInputAsync(dc, texts.Rephrase, cancellationToken),
            _ => SendExpectingInputAsync(dc, dc.Texts.QuestionAsk, cancellationToken),
        };
    }

    private static async Task<DialogTurnResult> AskAsync(DialogContext dc, DialogFrame frame, KnowledgeState state, CancellationToken cancellationToken)
    {
        state.Stage = KnowledgeStage.Question;
        WriteState(frame, state);
        await SendExpectingInputAsync(dc, dc.Texts.QuestionAsk, cancellationToken);
        return dc.Wait();
    }

    private async Task<DialogTurnResult> SearchAsync(
        DialogContext dc, DialogFrame frame, KnowledgeState state, string question, CancellationToken cancellationToken)
    {
        // An action on one order ("where is my order 400122", "quiero devolver mi pedido") is for its order dialog, which
        // this dialog hands over to; when it ends, so does this one, passing its outcome (a person offered) up.
        if (RequestReading.IsOrderAction(question) && RequestReading.OrderDialogFor(IntentRecognizer.Recognize(question), question) is { } orderDialog)
        {
            state.Stage = KnowledgeStage.Question;
            state.Suggestions = [];
            WriteState(frame, state);
            return await dc.BeginDialogAsync(
                orderDialog, new OrderActionState { OrderNumber = OrderNumberExtractor.Find(question) }, cancellationToken);
        }

        var texts = KnowledgeTexts.For(dc.Language);
        var result = await knowledge.SearchAsync(question, dc.Language, cancellationToken);
        switch (result.Match)
        {
            case KnowledgeMatch.Confident:
                return await ShowAsync(dc, frame, state, result.Hits[0].Article, cancellationToken);
            case KnowledgeMatch.Uncertain:
                state.Stage = KnowledgeStage.Suggestion;
                state.Suggestions = result.Hits.Take(MaxSuggestions).Select(h => h.Article.Id).ToList();
                WriteState(frame, state);
                await SendSuggestionsAsync(dc, state, cancellationToken);
                return dc.Wait();
            case KnowledgeMatch.None when state.Stage != KnowledgeStage.Rephrased:
                state.Stage = KnowledgeStage.Rephrased;
                WriteState(frame, state);
                await SendExpectingInputAsync(dc, texts.Rephrase, cancellationToken);
                return dc.Wait();
            default:
                return await OfferPersonAsync(dc, frame, state, texts.NoAnswer, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> ShowAsync(
        DialogContext dc, DialogFrame frame, KnowledgeState state, KnowledgeArticle article, CancellationToken cancellationToken)
    {
        state.Stage = KnowledgeStage.Feedback;
        state.ArticleId = article.Id;
        state.Suggestions = [];
        WriteState(frame, state);
        var answer = $"**{article.Title}**\n\n{article.Body}";
        var related = article.Related.Select(id => knowledge.Find(id, dc.Language)?.Title).OfType<string>().ToList();
        if (related.Count > 0)
        {
            answer += "\n\n" + KnowledgeTexts.For(dc.Language).SeeAlso(related);
        }

        var message = MessageFactory.Text(answer);
        message.TextFormat = TextFormatTypes.Markdown;
        await dc.Context.SendActivityAsync(message, cancellationToken);
        await SendFeedbackQuestionAsync(dc, cancellationToken);
        return dc.Wait();
    }

    private async Task<DialogTurnResult> RecordFeedbackAsync(
        DialogContext dc, DialogFrame frame, KnowledgeState state, bool helpful, CancellationToken cancellationToken)
    {
        await feedback.RecordAsync(
            new KnowledgeFeedback(state.ArticleId!, dc.Language, helpful, dc.Context.Activity.Conversation?.Id ?? string.Empty),
            cancellationToken);
        var texts = KnowledgeTexts.For(dc.Language);
        if (!helpful)
        {
            return await OfferPersonAsync(dc, frame, state, texts.SorryItDidNotHelp, cancellationToken);
        }

        await dc.SendAsync(texts.GladItHelped, cancellationToken);
        return await dc.EndDialogAsync(DialogOutcome.None, cancellationToken);
    }

    // The handoff dialog asks whether the customer wants a person, then queues them; when it ends, so does this dialog.
    private static async Task<DialogTurnResult> OfferPersonAsync(
        DialogContext dc, DialogFrame frame, KnowledgeState state, string apology, CancellationToken cancellationToken)
    {
        state.Stage = KnowledgeStage.Question;
        state.Suggestions = [];
        WriteState(frame, state);
        await dc.SendAsync(apology, cancellationToken);
        return await dc.BeginDialogAsync(HandoffDialog.DialogId, cancellationToken);
    }

    private List<Choice> SuggestionChoices(KnowledgeState state)
    {
        var choices = new List<Choice>();
        foreach (var id in state.Suggestions)
        {
            if (knowledge.Find(id, Language.Spanish) is { } spanish && knowledge.Find(id, Language.English) is { } english)
            {
                choices.Add(new Choice(id, new LocalizedText(spanish.Title, english.Title), []));
            }
        }

        choices.Add(new Choice(NoneOfThese, KnowledgeTexts.Localize(t => t.NoneOfThese), NoneSynonyms));
        return choices;
    }

    private Task SendSuggestionsAsync(DialogContext dc, KnowledgeState state, CancellationToken cancellationToken)
        => SendWithButtonsAsync(
            dc, KnowledgeTexts.For(dc.Language).Suggestions, SuggestionChoices(state).Select(c => c.Title.For(dc.Language)), cancellationToken);

    private static Task SendFeedbackQuestionAsync(DialogContext dc, CancellationToken cancellationToken)
        => SendWithButtonsAsync(dc, KnowledgeTexts.For(dc.Language).WasItHelpful, [dc.Texts.Yes, dc.Texts.No], cancellationToken);

    private static async Task SendWithButtonsAsync(DialogContext dc, string text, IEnumerable<string> buttons, CancellationToken cancellationToken)
        => await dc.Context.SendActivityAsync(
            MessageFactory.SuggestedActions(buttons, text, ssml: null, inputHint: InputHints.ExpectingInput), cancellationToken);

    private static async Task SendExpectingInputAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var message = MessageFactory.Text(text);
        message.InputHint = InputHints.ExpectingInput;
        await dc.Context.SendActivityAsync(message, cancellationToken);
    }
}
