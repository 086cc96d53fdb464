namespace SupportBot.Dialogs.Localization;

/// <summary>English texts.</summary>
internal sealed class EnglishTexts : Texts
{
    public override string Welcome(string brand) => $"Hi! I'm the {brand} customer care assistant, here to help you with your purchases.";

    public override string WelcomeBack(string brand) => $"Welcome back! I'm the {brand} assistant.";

    public override string MenuPrompt => "How can I help you?";

    public override string AnythingElse => "Is there anything else I can help you with?";

    public override string MenuNotUnderstood => "Sorry, I didn't get that. Here is what I can help with:";

    public override string MenuSurvey => "Rate my purchase";

    public override string MenuQuestion => "A question about an order or product";

    public override string MenuPerson => "Talk to a person";

    public override string Help =>
        "I can help you rate your purchase, answer questions about your orders and products, or put you in touch with a person from our team. " +
        "At any time you can type \"cancel\" to stop what we're doing, \"talk to a person\", or \"en español\" to switch language.";

    public override string HelpResume => "Let's pick up where we left off:";

    public override string Cancelled => "OK, let's leave it there.";

    public override string NothingToCancel => "There's nothing to cancel.";

    public override string LanguageSwitched => "Sure, let's continue in English.";

    public override string ConversationRestarted => "I've been updated and need to start this conversation again. Sorry for the inconvenience.";

    public override string ErrorApology => "Sorry, something went wrong on my side. I've restarted our conversation; could you try again?";

    public override string ConcurrentMessage => "Sorry, two of your messages arrived at once and I couldn't save the last one. Could you send it again?";

    public override string GaveUp => "I can't seem to understand. Let's leave it here for now; type \"help\" whenever you like.";

    public override string Yes => "Yes";

    public override string No => "No";

    public override string PromptTextRetry => "I need you to type something.";

    public override string PromptChoiceRetry => "Sorry, please pick one of the options.";

    public override string PromptConfirmRetry => "Sorry, please answer \"yes\" or \"no\".";

    public override string PromptRatingRetry => "Sorry, please answer with a number from 1 to 5 (★★★★ works too).";

    public override string PromptNumberRetry(int min, int max) => $"Sorry, please answer with a number from {min} to {max}.";

    public override string SurveyAskCsat => "From 1 to 5, how satisfied are you with your purchase?";

    public override string SurveyAskNps => "From 0 to 10, how likely are you to recommend us to a friend or family member?";

    public override string SurveyInterimThanks(int csat, int nps) =>
        $"Thank you! You rated your purchase {csat} out of 5 and {nps} out of 10. " +
        "To be honest with you: this version of the assistant does not store surveys yet.";

    public override string QuestionAsk => "Tell me, what's your question?";

    public override string QuestionNotYet =>
        "Thanks. I can't answer questions about orders or products yet: that part is coming soon. " +
        "If it's urgent, type \"talk to a person\".";

    public override string HandoffConfirm => "Would you like me to put you in touch with a person from our team?";

    public override string HandoffNotYet =>
        "I can't put you in touch with a person from this chat yet: that part is coming soon. Sorry for the inconvenience.";

    public override string HandoffDeclined => "OK, let's carry on here.";
}
