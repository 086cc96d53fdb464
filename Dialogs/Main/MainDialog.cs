using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.AfterSale;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Knowledge;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Main;

/// <summary>The root dialog: welcomes the customer, offers the menu and routes free text to the survey,
/// an after-sale question or a person. It stays at the bottom of the stack and offers the menu again
/// whenever a task ends.</summary>
public sealed class MainDialog(StateAccessors state, ConversationSettings settings) : StatefulDialog<MainStart>
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "main";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var start = ReadState(dc.ActiveFrame!);
        // After "cancel" or "help" the message was the command, not a request.
        var reading = start.Route is null && !start.SkipGreeting ? Read(dc.IncomingText) : default;
        var route = start.Route ?? reading.Route;
        var profile = await state.UserProfile.GetAsync(dc.Context, () => new UserProfile(), cancellationToken);
        if (route is null && start.SkipGreeting)
        {
            await SendMenuAsync(dc, dc.Texts.MenuPrompt, cancellationToken);
            return dc.Wait();
        }

        if (route is not null && profile.Welcomed)
        {
            return await BeginRouteAsync(dc, route, reading, start.OrderId, cancellationToken);
        }

        var welcome = profile.Welcomed ? dc.Texts.WelcomeBack(settings.BrandName) : dc.Texts.Welcome(settings.BrandName);
        profile.Welcomed = true;
        await state.UserProfile.SetAsync(dc.Context, profile, cancellationToken);
        if (route is not null)
        {
            await dc.SendAsync(welcome, cancellationToken);
            return await BeginRouteAsync(dc, route, reading, start.OrderId, cancellationToken);
        }

        await SendMenuAsync(dc, welcome + " " + dc.Texts.MenuPrompt, cancellationToken);
        return dc.Wait();
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var reading = Read(dc.IncomingText);
        if (reading.Route is { } route)
        {
            return await BeginRouteAsync(dc, route, reading, orderId: null, cancellationToken);
        }

        // Small talk gets its answer ("¡De nada!") and the menu; only what is neither is not understood.
        var kind = SmallTalk.Recognize(dc.IncomingText);
        var reply = RoutingTexts.For(dc.Language).ReplyTo(kind);
        await SendMenuAsync(
            dc,
            reply is null ? dc.Texts.MenuNotUnderstood
                : kind is SmallTalkKind.Greeting or SmallTalkKind.Farewell ? reply
                : reply + " " + dc.Texts.AnythingElse,
            cancellationToken);
        return dc.Wait();
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogOutcome childOutcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(childOutcome);
        // A queued escalation (a detractor survey) is announced; without one (an order that is locked, an order system
        // that is down) a person is offered.
        if (childOutcome.TryGetValue<HandoffState>(out var handoff))
        {
            return await dc.BeginDialogAsync(HandoffDialog.DialogId, handoff, cancellationToken);
        }

        await SendMenuAsync(dc, dc.Texts.AnythingElse, cancellationToken);
        return dc.Wait();
    }

    /// <inheritdoc />
    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return SendMenuAsync(dc, dc.Texts.MenuPrompt, cancellationToken);
    }

    /// <summary>Sends <paramref name="text"/> with the menu as suggested actions.</summary>
    internal static Task SendMenuAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.SuggestedActions(
            MainMenu.Choices.Select(c => c.Title.For(dc.Language)), text, ssml: null, inputHint: InputHints.ExpectingInput);
        return dc.Context.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Where a message leads (a menu choice, else its intent when clear enough; null offers the menu again), and
    /// whether it already is an after-sale question ("¿dónde está mi pedido?") rather than announcing one ("tengo una
    /// duda", the menu button). An order action (status, return, warranty, invoice) goes to its own dialog even when its
    /// words also name the menu's question option ("¿dónde está mi pedido 400101?"), unless another order action is as
    /// likely (the question flow then asks). The intent is read once per message.</summary>
    private static Reading Read(string text)
    {
        var intent = IntentRecognizer.Recognize(text);
        var picked = ChoiceRecognizer.Recognize(text, MainMenu.Prepared);
        // A general question goes to the knowledge base as it is, even when it names a menu word ("¿cuánto cuesta el
        // envío?"); the menu button itself only announces one.
        var button = picked.Succeeded && IsTitle(text, MainMenu.Choices[picked.Value]);
        var asked = !string.IsNullOrWhiteSpace(text)
            && (IsOrderIntent(intent.Intent) || (intent.Intent == CustomerIntent.Faq && !button));
        var route = RouteOf(text, intent, picked, button);
        if (route is null && OrderNumberExtractor.Find(text) is not null)
        {
            // A question about one order, by its number ("¿cuánto tarda en llegar mi pedido 400101?"), is that order's action.
            route = RequestReading.OrderDialogFor(intent, text);
        }

        // An order topic asked about in general ("¿cuánto dura la garantía?", "can I change my delivery address?") is for
        // the knowledge base; an order dialog would only ask for an order number the question is not about.
        if (OrderDialogs.IsOrderDialog(route) && RequestReading.IsGeneralQuestion(text))
        {
            return new Reading(MainMenu.Question, Asked: true);
        }

        // Free text nothing else takes that says something ("horario de atención al cliente") is asked of the knowledge
        // base, which answers, suggests or offers a person; small talk and a word or two get the menu.
        return route is null && !picked.Succeeded && RequestReading.SaysSomething(text)
            ? new Reading(MainMenu.Question, Asked: true)
            : new Reading(route, asked);
    }

    private static string? RouteOf(string text, IntentRecognition intent, Recognition<int> picked, bool button)
    {
        if (picked.Succeeded)
        {
            var choice = MainMenu.Choices[picked.Value];
            var action = RequestReading.OrderDialogFor(intent, text);
            return choice.Value == MainMenu.Question && action is not null && !button ? action : choice.Value;
        }

        // Free text: what the customer wants, when it is clear enough to act on.
        // Cancelling an order is an after-sale question; leaving us is for a person. ("cancel" alone is the command,
        // taken by the cancel interrupt before it gets here.)
        string? route = intent.Intent == CustomerIntent.Cancel && !ChurnDetector.Detect(text) ? MainMenu.Question : RouteOf(intent.Intent);
        if (route is not null && intent.IsAmbiguous && RouteOf(intent.RunnerUp) != route)
        {
            // Two after-sale questions at once ("¿lo devuelvo o me lo reparáis?") go to the question flow; anything else is unclear.
            route = IsQuestion(route) && IsQuestion(RouteOf(intent.RunnerUp)) ? MainMenu.Question : null;
        }

        return route;
    }

    private static bool IsOrderIntent(CustomerIntent intent)
        => intent is CustomerIntent.OrderStatus or CustomerIntent.Return or CustomerIntent.Warranty or CustomerIntent.Invoice or CustomerIntent.Cancel;

    private static string? RouteOf(CustomerIntent intent) => intent switch
    {
        CustomerIntent.Feedback => MainMenu.Survey,
        CustomerIntent.Human or CustomerIntent.Cancel => MainMenu.Person,
        CustomerIntent.OrderStatus or CustomerIntent.Return or CustomerIntent.Warranty or CustomerIntent.Invoice => OrderDialogs.For(intent),
        CustomerIntent.Faq => MainMenu.Question,
        _ => null,
    };

    private static bool IsQuestion(string? route) => route == MainMenu.Question || OrderDialogs.IsOrderDialog(route);

    private static bool IsTitle(string text, Choice choice)
    {
        var normalized = TextNormalizer.Normalize(text);
        return normalized == TextNormalizer.Normalize(choice.Title.Spanish) || normalized == TextNormalizer.Normalize(choice.Title.English);
    }

    private static async Task<DialogTurnResult> BeginRouteAsync(
        DialogContext dc, string route, Reading reading, string? orderId, CancellationToken cancellationToken)
    {
        if (route != MainMenu.Person)
        {
            return await BeginTaskAsync(dc, route, reading, orderId, cancellationToken);
        }

        // A customer who asked for a person in so many words is queued without being asked again; the menu button, one tap
        // away from the others, and a question about reaching us ("what's your phone number?") are confirmed. One who says
        // they are leaving hears that we care and goes to the retention team first.
        var churn = ChurnDetector.Detect(dc.IncomingText);
        if (churn)
        {
            await dc.SendAsync(RoutingTexts.For(dc.Language).ChurnAcknowledgement, cancellationToken);
        }

        var button = MainMenu.Choices.Any(c => c.Value == MainMenu.Person && IsTitle(dc.IncomingText, c));
        // Begun by the "talk to a person" command, the route was not read from the message: the customer asked.
        var command = reading.Route is null;
        var requested = !button && (command || !RequestReading.IsGeneralQuestion(dc.IncomingText));
        return await dc.BeginDialogAsync(HandoffDialog.DialogId, new HandoffState { Requested = requested, Churn = churn }, cancellationToken);
    }

    private static Task<DialogTurnResult> BeginTaskAsync(
        DialogContext dc, string route, Reading reading, string? orderId, CancellationToken cancellationToken) => route switch
    {
        MainMenu.Survey => dc.BeginDialogAsync(
            SatisfactionSurveyDialog.DialogId, new SurveyState { OrderId = orderId ?? OrderNumberExtractor.Find(dc.IncomingText) }, cancellationToken),
        // A question that no order action takes (a general one, cancelling an order, two order actions at once) and the
        // menu's question button are for the knowledge base, which answers, offers its best three or offers a person.
        MainMenu.Question => dc.BeginDialogAsync(
            KnowledgeDialog.DialogId,
            new KnowledgeState { Question = reading.Asked ? dc.IncomingText : null },
            cancellationToken),
        _ when OrderDialogs.IsOrderDialog(route) => dc.BeginDialogAsync(
            route, new OrderActionState { OrderNumber = orderId ?? OrderNumberExtractor.Find(dc.IncomingText) }, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Not a route."),
    };

    private readonly record struct Reading(string? Route, bool Asked);
}
