namespace SupportBot.Dialogs.Localization;

/// <summary>Every customer-facing sentence, one subclass per language. Being abstract, a sentence that
/// exists in one language and not in the other does not compile.</summary>
public abstract class Texts
{
    /// <summary>The Spanish texts.</summary>
    public static Texts Spanish { get; } = new SpanishTexts();

    /// <summary>The English texts.</summary>
    public static Texts English { get; } = new EnglishTexts();

    /// <summary>The texts for <paramref name="language"/>.</summary>
    public static Texts For(Language language) => language == Language.English ? English : Spanish;

    /// <summary>One sentence in both languages, for text that must outlive the turn (a waiting prompt).</summary>
    public static LocalizedText Localize(Func<Texts, string> pick)
    {
        ArgumentNullException.ThrowIfNull(pick);
        return new LocalizedText(pick(Spanish), pick(English));
    }

    // Greeting and menu
    /// <summary>First greeting for a new customer.</summary>
    public abstract string Welcome(string brand);

    /// <summary>Greeting for a customer the bot has seen before.</summary>
    public abstract string WelcomeBack(string brand);

    /// <summary>The menu question.</summary>
    public abstract string MenuPrompt { get; }

    /// <summary>The menu after a task is done.</summary>
    public abstract string AnythingElse { get; }

    /// <summary>Free text the menu could not route.</summary>
    public abstract string MenuNotUnderstood { get; }

    /// <summary>Menu option: satisfaction survey.</summary>
    public abstract string MenuSurvey { get; }

    /// <summary>Menu option: a question about an order or product.</summary>
    public abstract string MenuQuestion { get; }

    /// <summary>Menu option: talk to a person.</summary>
    public abstract string MenuPerson { get; }

    // Global commands
    /// <summary>What the bot can do, and the global commands.</summary>
    public abstract string Help { get; }

    /// <summary>Said before repeating the pending question after help.</summary>
    public abstract string HelpResume { get; }

    /// <summary>Acknowledges a cancel.</summary>
    public abstract string Cancelled { get; }

    /// <summary>Cancel with nothing to cancel.</summary>
    public abstract string NothingToCancel { get; }

    /// <summary>Confirms the language switch.</summary>
    public abstract string LanguageSwitched { get; }

    /// <summary>A stored conversation belonged to an older version of a dialog.</summary>
    public abstract string ConversationRestarted { get; }

    /// <summary>Apology after an unexpected error; the conversation starts over.</summary>
    public abstract string ErrorApology { get; }

    /// <summary>Two messages for the same conversation were handled at once and one lost.</summary>
    public abstract string ConcurrentMessage { get; }

    /// <summary>A prompt gave up after too many answers it could not understand.</summary>
    public abstract string GaveUp { get; }

    // Prompts
    /// <summary>Yes button.</summary>
    public abstract string Yes { get; }

    /// <summary>No button.</summary>
    public abstract string No { get; }

    /// <summary>Retry for free text.</summary>
    public abstract string PromptTextRetry { get; }

    /// <summary>Retry for choices.</summary>
    public abstract string PromptChoiceRetry { get; }

    /// <summary>Retry for yes/no.</summary>
    public abstract string PromptConfirmRetry { get; }

    /// <summary>Retry for a 1–5 rating.</summary>
    public abstract string PromptRatingRetry { get; }

    /// <summary>Retry for a number in a range.</summary>
    public abstract string PromptNumberRetry(int min, int max);

    // Satisfaction survey
    /// <summary>Opening with the order's context.</summary>
    public abstract string SurveyIntroOrder(string orderId, string? product, DateOnly? deliveredOn);

    /// <summary>Opening without an order.</summary>
    public abstract string SurveyIntro { get; }

    /// <summary>CSAT question.</summary>
    public abstract string SurveyAskCsat { get; }

    /// <summary>NPS question.</summary>
    public abstract string SurveyAskNps { get; }

    /// <summary>"Why?" for a detractor or low CSAT.</summary>
    public abstract string SurveyAskWhyDetractor { get; }

    /// <summary>"Why?" for a passive.</summary>
    public abstract string SurveyAskWhyPassive { get; }

    /// <summary>"Why?" for a promoter.</summary>
    public abstract string SurveyAskWhyPromoter { get; }

    /// <summary>Which aspects, after a low score or negative comment.</summary>
    public abstract string SurveyAskAspects { get; }

    /// <summary>Aspect button: delivery.</summary>
    public abstract string AspectDelivery { get; }

    /// <summary>Aspect button: product.</summary>
    public abstract string AspectProduct { get; }

    /// <summary>Aspect button: customer support.</summary>
    public abstract string AspectSupport { get; }

    /// <summary>Aspect button: billing and price.</summary>
    public abstract string AspectBilling { get; }

    /// <summary>Aspect button: returns.</summary>
    public abstract string AspectReturns { get; }

    /// <summary>Aspect button: none in particular.</summary>
    public abstract string AspectNone { get; }

    /// <summary>Retry for aspects.</summary>
    public abstract string AspectRetry { get; }

    /// <summary>Thanks to a promoter.</summary>
    public abstract string SurveyThanksPromoter { get; }

    /// <summary>Invitation to leave a public review.</summary>
    public abstract string SurveyReviewInvite(Uri reviewUrl);

    /// <summary>Thanks to a passive.</summary>
    public abstract string SurveyThanksPassive { get; }

    /// <summary>Thanks to a detractor who is not escalated.</summary>
    public abstract string SurveyThanksDetractor { get; }

    /// <summary>Tells an unhappy customer honestly what happens next.</summary>
    public abstract string SurveyEscalated(bool urgent);

    /// <summary>The survey was paused.</summary>
    public abstract string SurveyPaused(int days);

    /// <summary>An unfinished survey continues.</summary>
    public abstract string SurveyResumed { get; }

    /// <summary>Answers could not be understood; the survey stops, answers so far are kept.</summary>
    public abstract string SurveyAbandoned { get; }

    /// <summary>This order was already rated.</summary>
    public abstract string SurveyAlreadyAnswered(string orderId);

    /// <summary>A survey was answered too recently.</summary>
    public abstract string SurveyThrottled { get; }

    /// <summary>The customer opted out of surveys and then asked for one.</summary>
    public abstract string SurveyOptedOut { get; }

    /// <summary>Confirms the opt-out.</summary>
    public abstract string SurveyOptOutConfirmed { get; }

    /// <summary>Confirms the opt-in.</summary>
    public abstract string SurveyOptInConfirmed { get; }

    /// <summary>Asks for the customer's question.</summary>
    public abstract string QuestionAsk { get; }

    /// <summary>Asks whether to hand over to a person.</summary>
    public abstract string HandoffConfirm { get; }

    /// <summary>The request is queued: place in the queue and a rough wait.</summary>
    public abstract string HandoffQueued(int position, TimeSpan estimatedWait);

    /// <summary>The team is not working now: when it opens (in its time zone).</summary>
    public abstract string HandoffClosed(DateTimeOffset? opensAt, string timeZoneName);

    /// <summary>Offers a callback (yes/no).</summary>
    public abstract string HandoffOfferCallback { get; }

    /// <summary>Asks for a phone number or e-mail address.</summary>
    public abstract string HandoffAskContact { get; }

    /// <summary>The answer held no phone number or e-mail address.</summary>
    public abstract string HandoffContactRetry { get; }

    /// <summary>Asks for explicit consent to be contacted there.</summary>
    public abstract string HandoffConsent(string contact);

    /// <summary>The callback is booked.</summary>
    public abstract string HandoffCallbackConfirmed(string contact);

    /// <summary>No callback: the request stays in the queue.</summary>
    public abstract string HandoffCallbackDeclined { get; }

    /// <summary>An agent took the request meanwhile (or it was closed).</summary>
    public abstract string HandoffAlreadyTaken { get; }

    /// <summary>The customer withdrew the request.</summary>
    public abstract string HandoffWithdrawn { get; }

    /// <summary>Nobody could take the request in time: offers a callback by replying with a phone or e-mail.</summary>
    public abstract string HandoffNoClaimYet { get; }

    /// <summary>The customer declined the handover.</summary>
    public abstract string HandoffDeclined { get; }

    /// <summary>An agent joined the conversation.</summary>
    public abstract string AgentJoined(string agentName);

    /// <summary>A message from the agent, relayed by the bot (plain text).</summary>
    public abstract string AgentSays(string agentName, string text);

    /// <summary>The customer left the live chat.</summary>
    public abstract string LiveChatLeft { get; }

    /// <summary>The agent closed the conversation; the bot is back and asks the win-back question (1–5).</summary>
    public abstract string FollowUpQuestion { get; }

    /// <summary>Thanks for the follow-up answer.</summary>
    public abstract string FollowUpThanks(int score);

    /// <summary>An external agent hub took the conversation.</summary>
    public abstract string HandoffHubAccepted { get; }

    /// <summary>The external agent hub could not take the conversation; it stays in our queue.</summary>
    public abstract string HandoffHubFailed { get; }
}
