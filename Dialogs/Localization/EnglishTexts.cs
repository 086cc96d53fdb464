namespace SupportBot.Dialogs.Localization;

/// <summary>English texts.</summary>
internal sealed class EnglishTexts : Texts
{
    private static readonly System.Globalization.CultureInfo Culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

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

    public override string SurveyIntroOrder(string orderId, string? product, DateOnly? deliveredOn)
    {
        var what = product is null ? $"your order #{orderId}" : $"your order #{orderId} of the {product}";
        return deliveredOn is { } date
            ? $"We'd love to know what you thought of {what}, delivered on {date.ToString("d MMM", Culture)}."
            : $"We'd love to know what you thought of {what}.";
    }

    public override string SurveyIntro => "Thanks for giving us a minute! Just a few questions.";

    public override string SurveyAskCsat => "From 1 to 5, how satisfied are you with your purchase?";

    public override string SurveyAskNps => "From 0 to 10, how likely are you to recommend us to a friend or family member?";

    public override string SurveyAskWhyDetractor => "Sorry it didn't go well. What went wrong? (If you'd rather not say, type \"skip\".)";

    public override string SurveyAskWhyPassive => "What could we do better? (You can type \"skip\".)";

    public override string SurveyAskWhyPromoter => "Great to hear! What did you like most? (You can type \"skip\".)";

    public override string SurveyAskAspects => "What was it about? You can pick several (for example \"delivery and support\").";

    public override string AspectDelivery => "Delivery";

    public override string AspectProduct => "Product";

    public override string AspectSupport => "Customer support";

    public override string AspectBilling => "Billing or price";

    public override string AspectReturns => "Returns";

    public override string AspectNone => "Nothing in particular";

    public override string AspectRetry => "Sorry, please pick one or more of the options.";

    public override string SurveyThanksPromoter => "Thank you so much! We're really glad you're happy.";

    public override string SurveyReviewInvite(Uri reviewUrl) => $"If you have a moment, a public review would help us enormously: {reviewUrl}";

    public override string SurveyThanksPassive => "Thanks for your feedback! We'll use it to improve.";

    public override string SurveyThanksDetractor => "Thank you for telling us, and sorry for the trouble. We'll take it seriously.";

    public override string SurveyEscalated(bool urgent) => urgent
        ? "Thank you for telling us, and we're truly sorry. I've passed your case as urgent to a person from our customer care team, who will look into what happened and get in touch with you."
        : "Thank you for telling us, and we're sorry. I've passed your case to a person from our customer care team, who will look into what happened and get in touch with you.";

    public override string SurveyPaused(int days) => $"No problem, let's stop here. Your answers are saved: type \"rate my purchase\" any time in the next {days} days and we'll pick up where we left off.";

    public override string SurveyResumed => "Let's pick up your feedback where we left off.";

    public override string SurveyAbandoned => "I can't seem to understand, so let's stop here. I've kept what you told me; thank you.";

    public override string SurveyAlreadyAnswered(string orderId) => $"You already rated your order #{orderId}: thank you! If there's anything else, type \"talk to a person\".";

    public override string SurveyThrottled => "You gave us your feedback recently and we don't want to tire you with more surveys. If there's something you'd like to tell us, type \"talk to a person\".";

    public override string SurveyOptedOut => "You asked us not to send you surveys, so I won't. If you change your mind, type \"ask me again\".";

    public override string SurveyOptOutConfirmed => "Done: we won't send you any more surveys. If you change your mind, type \"ask me again\".";

    public override string SurveyOptInConfirmed => "Done: we'll ask for your feedback now and then again. Thank you!";

    public override string QuestionAsk => "Tell me, what's your question?";

    public override string HandoffConfirm => "Would you like me to put you in touch with a person from our team?";

    public override string HandoffQueued(int position, TimeSpan estimatedWait) =>
        $"Done: a person from our team will join this conversation. {(position <= 1 ? "You're next" : $"There {(position == 2 ? "is 1 person" : $"are {position - 1} people")} ahead of you")}; "
        + (estimatedWait <= TimeSpan.FromMinutes(2) ? "it should be any moment now." : $"the estimated wait is about {WaitMinutes(estimatedWait)} minutes.")
        + " You can keep writing; if you no longer need it, type \"cancel request\".";

    /// <inheritdoc />
    public override string HandoffClosed(DateTimeOffset? opensAt, string timeZoneName) => opensAt is { } at
        ? $"Our team isn't available right now. We're back on {at.ToString("dddd d MMMM 'at' HH:mm", Culture)} ({timeZoneName} time). Your request stays in the queue."
        : "Our team isn't available right now. Your request stays in the queue.";

    /// <inheritdoc />
    public override string HandoffOfferCallback => "Would you like us to call or email you as soon as we open?";

    /// <inheritdoc />
    public override string HandoffAskContact => "Tell me a phone number or an email address where we can reach you.";

    /// <inheritdoc />
    public override string HandoffContactRetry => "I can't find a phone number or an email address in your message. Please type it, for example 612 345 678 or name@example.com.";

    /// <inheritdoc />
    public override string HandoffConsent(string contact) => $"Do you agree that we contact you at {contact}, only about this case?";

    /// <inheritdoc />
    public override string HandoffCallbackConfirmed(string contact) =>
        $"Done: we'll contact you at {contact}. If you no longer need it, type \"cancel request\".";

    /// <inheritdoc />
    public override string HandoffCallbackDeclined => "OK. Your request stays in the queue and a person will take it as soon as possible.";

    /// <inheritdoc />
    public override string HandoffAlreadyTaken => "A person from our team is already looking after your case.";

    /// <inheritdoc />
    public override string HandoffWithdrawn => "Done, I've withdrawn your request. I'm here if you need me.";

    /// <inheritdoc />
    public override string HandoffNoClaimYet =>
        "Sorry for the wait: nobody from our team has been able to take your case yet. If you'd like us to call or email you, "
        + "reply with your phone number or email (we'll only use it for this case). You can also keep waiting, or type \"cancel request\".";

    private static int WaitMinutes(TimeSpan wait) => (int)Math.Ceiling(wait.TotalMinutes / 5) * 5;

    public override string HandoffDeclined => "OK, let's carry on here.";

    /// <inheritdoc />
    public override string AgentJoined(string agentName) => $"{agentName} from our customer team has joined the conversation. Type \"exit\" if you want to leave the chat.";

    /// <inheritdoc />
    public override string AgentSays(string agentName, string text) => $"{agentName}: {text}";

    /// <inheritdoc />
    public override string LiveChatLeft => "You have left the chat with our team. You're back with me; type \"menu\" to see what I can do.";

    /// <inheritdoc />
    public override string FollowUpQuestion => "It's SupportBot again. Did we solve your problem? From 1 (not at all) to 5 (completely).";

    /// <inheritdoc />
    public override string FollowUpThanks(int score) => score >= 4
        ? "We're really glad! Thank you for giving us the chance to put it right."
        : "Thank you for telling us. We'll look into it and do better.";

    /// <inheritdoc />
    public override string HandoffHubAccepted => "A person from our team has picked up your conversation and will help you right here.";

    /// <inheritdoc />
    public override string HandoffHubFailed => "We couldn't pass your conversation to a person just now. Your request stays in our queue and we'll help you as soon as we can.";
}
