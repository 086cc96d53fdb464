using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Invitations;

/// <summary>The invitation as an activity: the sentence naming the order and three suggested actions (a tap posts the
/// button's text back, which <see cref="InvitationReplyInterrupt"/> and the survey's opt-out understand).</summary>
public static class InvitationMessage
{
    /// <summary>The invitation (or its reminder) for <paramref name="orderId"/> in <paramref name="language"/>.</summary>
    public static IMessageActivity Create(string orderId, Language language, bool reminder)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        var texts = InvitationTexts.For(language);
        IEnumerable<string> buttons = [texts.RateNow, texts.NotNow, texts.StopSurveys];
        var message = MessageFactory.SuggestedActions(buttons, reminder ? texts.Reminder(orderId) : texts.Invitation(orderId), ssml: null, inputHint: null);
        message.Locale = language == Language.English ? "en-US" : "es-ES";
        return message;
    }
}
